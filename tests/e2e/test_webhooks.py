"""Events out: signed webhook deliveries from an outbox, never lost while the receiver is down
or the service restarts. A real HTTP receiver on loopback fails, then recovers."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from fastapi.testclient import TestClient

from releasegate.api.app import create_app
from releasegate.api.auth import set_password
from releasegate.api.settings import ServiceSettings
from releasegate.services.bootstrap import open_register
from releasegate.services.register import Register
from releasegate.services.webhooks import add_webhook, deliver_due
from releasegate.storage.webhooks import WebhookStore
from tests.conftest import Cli

SECRET = "a-shared-secret-of-the-supplier"


class Receiver:
    """An HTTP endpoint on 127.0.0.1 that answers 500 to its first ``failures`` requests."""

    def __init__(self, failures: int = 0, port: int = 0) -> None:
        self.failures = failures
        self.received: list[tuple[dict[str, str], bytes]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if outer.failures > 0:
                    outer.failures -= 1
                    self.send_response(500)
                else:
                    outer.received.append((dict(self.headers), body))
                    self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def events(self) -> list[dict[str, Any]]:
        return [json.loads(body) for _, body in self.received]


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver(failures=2)
    yield r
    r.stop()


def pending(register: Register) -> int:
    return WebhookStore(register.store).pending()


def test_deliveries_are_signed_retried_with_backoff_and_never_lost(world: Cli, receiver):
    clock = Clock()
    register = open_register(world.url, clock)
    add_webhook(register, "Printfarm", receiver.url, SECRET)
    world.ok("po", "issue", "4500", "--order", "ORD-1", "--sample", "10", "--as", "pat")
    world.ok("signoff", "ORD-1", "--disposition", "approved", "--as", "erin")
    world.ok("stop", "ORD-1", "--reason", "drawing change", "--as", "dana")
    world.ok("resume", "ORD-1", "--as", "dana")
    assert world("produce", "ORD-1", "--qty", "99", "--as", "olu").code == 3  # refused: no row
    assert pending(register) == 5

    clock.advance(1)  # the test's clock started before the commands above
    assert deliver_due(register) == 3  # the first two get a 500, the rest go through
    assert pending(register) == 2
    assert deliver_due(register) == 0  # not due yet: backing off
    clock.advance(3)
    restarted = open_register(world.url, clock)  # a new process picks up where it left off
    assert deliver_due(restarted) == 2
    assert pending(restarted) == 0

    kinds = [e["type"] for e in receiver.events()]
    assert sorted(kinds) == sorted(
        ["po.issued", "release.granted", "signoff.recorded", "order.stopped", "order.resumed"]
    )
    for headers, body in receiver.received:
        expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        assert headers["X-Releasegate-Signature"] == expected
        assert headers["X-Releasegate-Event"] == json.loads(body)["type"]
    released = next(e for e in receiver.events() if e["type"] == "release.granted")
    assert (released["order"], released["data"]["qty"], released["by"]) == ("ORD-1", 10, "pat")
    register.close()
    restarted.close()


def test_a_receiver_that_is_down_gets_everything_once_it_is_back(world: Cli):
    down = Receiver()
    port = down.port
    down.stop()  # nothing listens on the port now
    clock = Clock()
    register = open_register(world.url, clock)
    add_webhook(register, "Acme", f"http://127.0.0.1:{port}/hook", SECRET)
    world.ok("po", "issue", "4500", "--order", "ORD-1", "--sample", "10", "--as", "pat")
    clock.advance(1)
    assert deliver_due(register) == 0 and pending(register) == 2
    back = Receiver(port=port)
    try:
        clock.advance(60)
        assert deliver_due(register) == 2
        assert [e["type"] for e in back.events()] == ["po.issued", "release.granted"]
    finally:
        back.stop()
        register.close()


def test_only_the_parties_on_the_order_hear_of_it(world: Cli, receiver):
    register = open_register(world.url)
    add_webhook(register, "Otherco", receiver.url, SECRET)
    world.ok("po", "issue", "4500", "--order", "ORD-1", "--sample", "10", "--as", "pat")
    assert pending(register) == 0
    register.close()


def test_the_service_delivers_by_itself_including_gate_denials(world: Cli):
    receiver = Receiver()
    register = open_register(world.url)
    set_password(register, "olu", "correct horse battery")
    register.close()
    settings = ServiceSettings(
        db=world.url, pool_size=2, webhook_interval=0.05, webhook_allow_private=True
    )
    try:
        with TestClient(create_app(settings)) as client:
            login = client.post(
                "/api/v1/login", json={"member": "olu", "password": "correct horse battery"}
            )
            auth = {"Authorization": f"Bearer {login.json()['token']}"}
            r = client.post("/api/v1/webhooks", json={"url": receiver.url}, headers=auth)
            assert r.status_code == 201 and r.json()["secret"]
            denied = client.get("/api/v1/orders/ORD-1/gate", params={"qty": 1}, headers=auth)
            assert denied.json()["rule"] == "over-production"
            deadline = time.monotonic() + 10
            while not receiver.received and time.monotonic() < deadline:
                time.sleep(0.05)
            assert [e["type"] for e in receiver.events()] == ["gate.denied"]
            assert receiver.events()[0]["rule"] == "over-production"
    finally:
        receiver.stop()


def test_the_service_refuses_webhooks_into_its_own_network_unless_allowed(world: Cli):
    register = open_register(world.url)
    set_password(register, "olu", "correct horse battery")
    register.close()
    with TestClient(create_app(ServiceSettings(db=world.url, pool_size=2))) as client:
        login = client.post(
            "/api/v1/login", json={"member": "olu", "password": "correct horse battery"}
        )
        auth = {"Authorization": f"Bearer {login.json()['token']}"}
        for url in ("http://127.0.0.1:9/x", "http://10.1.2.3/x", "http://169.254.169.254/x"):
            r = client.post("/api/v1/webhooks", json={"url": url}, headers=auth)
            assert r.status_code == 400 and "network" in r.json()["error"]["message"], url
