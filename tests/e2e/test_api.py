"""The HTTP API end to end, on each storage engine: accounts, the flow, errors, tenants,
idempotent retries and concurrent clients."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from releasegate.api.app import create_app
from releasegate.api.auth import create_token, revoke_token, set_password
from releasegate.api.settings import ServiceSettings
from releasegate.domain.vocabulary import Role
from releasegate.services.bootstrap import open_register
from tests.conftest import Cli

PASSWORD = "correct horse battery"


class Api:
    def __init__(self, client: TestClient, url: str) -> None:
        self.client = client
        self.url = url
        self.sessions: dict[str, str] = {}

    def login(self, member: str) -> dict[str, str]:
        if member not in self.sessions:
            r = self.client.post("/api/v1/login", json={"member": member, "password": PASSWORD})
            assert r.status_code == 200, r.text
            self.sessions[member] = r.json()["token"]
        return {"Authorization": f"Bearer {self.sessions[member]}"}

    def ok(self, method: str, path: str, who: str, **kw: Any) -> Any:
        r = self.client.request(method, "/api/v1" + path, headers=self.login(who), **kw)
        assert r.status_code == 200, f"{method} {path}: {r.status_code} {r.text}"
        return r.json()


@pytest.fixture
def api(world: Cli) -> Iterator[Api]:
    register = open_register(world.url)
    for member in ("pat", "erin", "dana", "sam", "olu", "oscar"):
        set_password(register, member, PASSWORD)
    register.close()
    app = create_app(ServiceSettings(db=world.url, pool_size=4))
    with TestClient(app) as client:
        yield Api(client, world.url)


def token(api: Api, party: str, *roles: Role, days: int = 30) -> tuple[str, str]:
    register = open_register(api.url)
    try:
        secret, record = create_token(register, party, frozenset(roles), "queue", days, "test")
    finally:
        register.close()
    return secret, record.id


def test_the_sample_first_flow_over_http(api: Api):
    api.ok(
        "POST",
        "/orders/ORD-1/pos",
        "pat",
        json={"number": "4500", "sample": 10, "unlock": "sample-signoff", "authority": "dana"},
    )
    api.ok("POST", "/orders/ORD-1/pos/4500/acknowledgements", "olu")
    queue, _ = token(api, "Printfarm", Role.SUPPLIER_OPS)
    auth = {"Authorization": f"Bearer {queue}"}
    gate = api.client.get("/api/v1/orders/ORD-1/gate", params={"qty": 10}, headers=auth).json()
    assert gate["allowed"] and "PO 4500 rev 0" in gate["documents"]
    denied = api.client.get("/api/v1/orders/ORD-1/gate", params={"qty": 11}, headers=auth).json()
    assert (denied["allowed"], denied["rule"]) == (False, "over-production")
    r = api.client.post("/api/v1/orders/ORD-1/production", json={"qty": 10}, headers=auth)
    assert r.status_code == 200 and r.json()["events"][0]["type"] == "ProductionRecorded"
    api.ok("POST", "/orders/ORD-1/signoffs", "erin", json={"disposition": "approved"})
    api.ok("POST", "/orders/ORD-1/pos/4500/revisions", "pat", json={"production": 200})
    out = api.ok(
        "POST",
        "/orders/ORD-1/releases",
        "dana",
        json={"qty": 200, "event": "sample-signoff", "ref": "FAI-1"},
    )
    assert out["events"][0]["data"]["release"] == "R-2"
    status = api.ok("GET", "/orders/ORD-1", "olu")
    assert (status["released"], status["produced"], status["covered"]) == (210, 10, 210)
    assert api.ok("GET", "/orders/ORD-1/diagnose", "pat")["case"] == "forecast-over-release"
    assert (
        "R-2"
        in api.ok("GET", "/orders/ORD-1/wording", "pat", params={"doc": "release", "format": "md"})[
            "text"
        ]
    )
    assert len(api.ok("GET", "/orders/ORD-1/log", "erin")) >= 8
    assert api.ok("GET", "/verify", "olu")["ok"] is True
    assert [o["order"] for o in api.ok("GET", "/orders", "olu")] == ["ORD-1"]


def test_order_creation_and_second_approval_over_http(api: Api):
    out = api.ok(
        "POST",
        "/orders",
        "pat",
        json={
            "buyer": "Acme",
            "supplier": "Printfarm",
            "part": "P-9",
            "sample_qty": 5,
            "production_qty": 100,
            "basis": "firm",
        },
    )
    assert out["order"] == "ORD-2" and out["events"][0]["type"] == "OrderCreated"
    api.ok(
        "POST",
        "/orders/ORD-2/pos",
        "pat",
        json={
            "number": "77",
            "sample": 5,
            "production": 100,
            "unlock": "written-release",
            "second_approver": True,
        },
    )
    api.ok("POST", "/orders/ORD-2/releases", "dana", json={"qty": 50, "event": "written-release"})
    r = api.client.post("/api/v1/orders/ORD-2/releases/R-2/approvals", headers=api.login("dana"))
    assert r.status_code == 409 and r.json()["error"]["rule"] == "needs-second-approver"
    api.ok("POST", "/orders/ORD-2/releases/R-2/approvals", "sam")
    assert api.ok("GET", "/orders/ORD-2", "pat")["released"] == 55


@pytest.mark.parametrize(
    ("method", "path", "who", "body", "status", "rule"),
    [
        ("POST", "/orders/ORD-1/production", "olu", {"qty": 11}, 409, "over-production"),
        ("POST", "/orders/ORD-1/production", "olu", {"qty": 0}, 422, "bad-input"),
        ("POST", "/orders/ORD-1/production", "olu", {"qty": "x"}, 422, "bad-input"),
        ("POST", "/orders/ORD-1/production", "olu", {"qty": 1, "extra": 1}, 422, "bad-input"),
        (
            "POST",
            "/orders/ORD-1/releases",
            "pat",
            {"qty": 1, "event": "written-release"},
            403,
            "not-authorized",
        ),
        ("POST", "/orders/ORD-9/production", "olu", {"qty": 1}, 404, "not-found"),
        ("POST", "/orders/ORD-1/pos/nope/revisions", "pat", {"production": 5}, 404, "not-found"),
        ("POST", "/orders/ORD-1/signoffs", "erin", {"disposition": "interim"}, 400, "bad-input"),
        ("GET", "/orders/ORD-1/wording?doc=memo", "pat", None, 422, "bad-input"),
        ("GET", "/nowhere", "pat", None, 404, "not-found"),
    ],
)
def test_errors_have_one_shape_and_the_right_status(
    api: Api, method, path, who, body, status, rule
):
    api.ok("POST", "/orders/ORD-1/pos", "pat", json={"number": "4500", "sample": 10})
    r = api.client.request(method, "/api/v1" + path, json=body, headers=api.login(who))
    assert r.status_code == status, r.text
    assert r.json()["error"]["rule"] == rule and r.json()["error"]["message"]


def test_a_wrong_password_and_a_missing_login_are_401(api: Api):
    r = api.client.post("/api/v1/login", json={"member": "pat", "password": "nope-nope"})
    assert r.status_code == 401 and r.json()["error"]["rule"] == "unauthenticated"
    assert api.client.get("/api/v1/orders").status_code == 401


def test_tokens_are_scoped_shown_once_and_revocable(api: Api):
    r = api.client.post(
        "/api/v1/tokens",
        headers=api.login("olu"),
        json={"label": "print-queue", "roles": ["supplier-ops"], "days": 7},
    )
    assert r.status_code == 201
    created = r.json()
    secret = created["token"]
    listed = api.ok("GET", "/tokens", "olu")
    assert [t["id"] for t in listed] == [created["id"]] and "token" not in listed[0]
    auth = {"Authorization": f"Bearer {secret}"}
    assert api.client.get("/api/v1/me", headers=auth).json()["party"] == "Printfarm"
    wider = api.client.post(
        "/api/v1/tokens", headers=api.login("olu"), json={"label": "x", "roles": ["purchasing"]}
    )
    assert wider.status_code == 403
    api.ok("DELETE", f"/tokens/{created['id']}", "olu")
    assert api.client.get("/api/v1/me", headers=auth).status_code == 401


# ---- tenant isolation, generated from the route table -----------------------------------------

SAMPLE_BODIES: dict[tuple[str, str], Any] = {
    ("POST", "/api/v1/login"): None,
    ("POST", "/api/v1/logout"): None,
    ("POST", "/api/v1/tokens"): {"label": "x", "roles": ["viewer"]},
    ("POST", "/api/v1/orders"): {
        "buyer": "Acme",
        "supplier": "Printfarm",
        "part": "Q",
        "sample_qty": 1,
        "production_qty": 1,
        "basis": "open",
    },
    ("POST", "/api/v1/orders/{order}/pos"): {"number": "9", "sample": 0, "production": 5},
    ("POST", "/api/v1/orders/{order}/pos/{number}/revisions"): {"production": 20},
    ("POST", "/api/v1/orders/{order}/pos/{number}/acknowledgements"): None,
    ("POST", "/api/v1/orders/{order}/signoffs"): {"disposition": "approved"},
    ("POST", "/api/v1/orders/{order}/sample-rounds"): None,
    ("POST", "/api/v1/orders/{order}/releases"): {"qty": 1, "event": "written-release"},
    ("POST", "/api/v1/orders/{order}/releases/{release}/approvals"): None,
    ("POST", "/api/v1/orders/{order}/stops"): {"reason": "x"},
    ("POST", "/api/v1/orders/{order}/resumptions"): None,
    ("POST", "/api/v1/orders/{order}/material"): {"qty": 1},
    ("POST", "/api/v1/orders/{order}/production"): {"qty": 1},
    ("POST", "/api/v1/orders/{order}/shipments"): {"qty": 1},
    ("POST", "/api/v1/check"): None,
    ("POST", "/api/v1/webhooks"): {"url": "http://127.0.0.1:9/hook"},
}
QUERY = {
    "/api/v1/orders/{order}/gate": {"qty": 1},
    "/api/v1/orders/{order}/wording": {"doc": "po-note"},
}
OPEN = {("GET", "/api/v1/health"), ("POST", "/api/v1/login")}
# Who may do each write on ORD-1; anyone else on the order has the wrong role for it.
ALLOWED_WRITERS = {
    "/api/v1/orders/{order}/pos": "Acme",
    "/api/v1/orders/{order}/pos/{number}/revisions": "Acme",
    "/api/v1/orders/{order}/signoffs": "Acme",
    "/api/v1/orders/{order}/sample-rounds": "Acme",
    "/api/v1/orders/{order}/releases": "Acme",
    "/api/v1/orders/{order}/releases/{release}/approvals": "Acme",
    "/api/v1/orders/{order}/stops": "Acme",
    "/api/v1/orders/{order}/resumptions": "Acme",
    "/api/v1/orders/{order}/pos/{number}/acknowledgements": "Printfarm",
    "/api/v1/orders/{order}/material": "Printfarm",
    "/api/v1/orders/{order}/production": "Printfarm",
    "/api/v1/orders/{order}/shipments": "Printfarm",
}


def routes() -> list[tuple[str, str]]:
    """Every (method, path) the app serves under /api/v1, from its own OpenAPI document."""
    app = create_app(ServiceSettings(db="sqlite:///unused.db"))
    paths = app.openapi()["paths"]
    return sorted(
        (method.upper(), path)
        for path, operations in paths.items()
        if path.startswith("/api/v1")
        for method in operations
    )


def call(api: Api, method: str, template: str, headers: dict[str, str]) -> Any:
    path = template.format(
        order="ORD-1", number="4500", release="R-2", token_id="tok_x", hook_id="whk_x"
    )
    kwargs: dict[str, Any] = {"headers": headers, "params": QUERY.get(template)}
    if template == "/api/v1/check":
        kwargs["files"] = {"files": ("po.txt", b"Approved, go ahead with 500 pcs.")}
        kwargs["data"] = {"order": "ORD-1"}
    elif method == "POST":
        kwargs["json"] = SAMPLE_BODIES[(method, template)]
    return api.client.request(method, path, **kwargs)


def test_every_write_route_has_a_sample_body_for_the_matrix():
    missing = [r for r in routes() if r[0] == "POST" and r not in SAMPLE_BODIES]
    assert missing == []


@pytest.fixture
def tenants(api: Api) -> dict[str, dict[str, str]]:
    api.ok(
        "POST",
        "/orders/ORD-1/pos",
        "pat",
        json={
            "number": "4500",
            "sample": 10,
            "production": 100,
            "unlock": "written-release",
            "second_approver": True,
        },
    )
    api.ok("POST", "/orders/ORD-1/releases", "dana", json={"qty": 5, "event": "written-release"})
    expired, _ = token(api, "Printfarm", Role.SUPPLIER_OPS, Role.VIEWER, days=1)
    revoked, revoked_id = token(api, "Printfarm", Role.SUPPLIER_OPS, Role.VIEWER)
    register = open_register(api.url)
    revoke_token(register, revoked_id)
    register.store._run(
        "UPDATE api_tokens SET expires_at = '2000-01-01T00:00:00+00:00' "
        "WHERE revoked_at IS NULL AND label = 'queue'"
    )
    register.close()
    return {
        "none": {},
        "expired token": {"Authorization": f"Bearer {expired}"},
        "revoked token": {"Authorization": f"Bearer {revoked}"},
        "garbage": {"Authorization": "Bearer rgs_not-a-session"},
        "unrelated party": api.login("oscar"),
    }


def test_the_route_table_is_what_the_matrix_walks():
    found = routes()
    assert len(found) >= 25
    assert ("GET", "/api/v1/orders/{order}/gate") in found
    assert ("POST", "/api/v1/orders/{order}/production") in found


def test_no_route_gives_data_or_changes_to_a_stranger(api: Api, tenants):
    """Every route but health and login, for: no credentials, an expired token, a revoked
    token, a made-up session, and a member of a party that is not on the order."""
    failures = []
    for method, template in routes():
        if (method, template) in OPEN:
            continue
        for who, headers in tenants.items():
            if who == "unrelated party":
                headers = api.login("oscar")  # a fresh session: logout ends the previous one
                if template == "/api/v1/logout":
                    api.sessions.pop("oscar")
            before = api.ok("GET", "/orders/ORD-1/log", "pat")
            r = call(api, method, template, headers)
            if who != "unrelated party":
                ok = r.status_code == 401 and set(r.json()) == {"error"}
            elif "{order}" in template or template == "/api/v1/check":
                ok = r.status_code in (403, 404) and set(r.json()) == {"error"}
            else:  # routes about the caller's own party answer with its own data only
                ok = r.status_code in (200, 201, 204, 400, 403, 404) and "ORD-1" not in r.text
            if not ok or api.ok("GET", "/orders/ORD-1/log", "pat") != before:
                failures.append((who, method, template, r.status_code, r.text[:200]))
    assert failures == []


def test_the_other_party_on_the_order_cannot_do_what_its_roles_do_not_allow(api: Api, tenants):
    failures: list[tuple[object, ...]] = []
    for template, allowed in sorted(ALLOWED_WRITERS.items()):
        wrong = "olu" if allowed == "Acme" else "pat"
        before = api.ok("GET", "/orders/ORD-1/log", "pat")
        r = call(api, "POST", template, api.login(wrong))
        rule = r.json().get("error", {}).get("rule")
        if r.status_code != 403 or rule != "not-authorized":
            failures.append((template, wrong, r.status_code, r.text[:200]))
        elif api.ok("GET", "/orders/ORD-1/log", "pat") != before:
            failures.append((template, wrong, "changed the ledger"))
    assert failures == []


# ---- retries and concurrent clients -----------------------------------------------------------


def test_a_retried_write_returns_the_first_result_and_counts_once(api: Api):
    api.ok("POST", "/orders/ORD-1/pos", "pat", json={"number": "4500", "sample": 10})
    headers = {**api.login("olu"), "Idempotency-Key": "run-17"}
    first = api.client.post("/api/v1/orders/ORD-1/production", json={"qty": 3}, headers=headers)
    again = api.client.post("/api/v1/orders/ORD-1/production", json={"qty": 3}, headers=headers)
    assert first.status_code == again.status_code == 200 and first.json() == again.json()
    assert api.ok("GET", "/orders/ORD-1", "pat")["produced"] == 3
    other = api.client.post("/api/v1/orders/ORD-1/production", json={"qty": 4}, headers=headers)
    assert other.status_code == 400 and "different request" in other.json()["error"]["message"]


def test_concurrent_retries_count_once(api: Api):
    api.ok("POST", "/orders/ORD-1/pos", "pat", json={"number": "4500", "sample": 10})
    headers = {**api.login("olu"), "Idempotency-Key": "burst-1"}
    results: list[Any] = []

    def post() -> None:
        r = api.client.post("/api/v1/orders/ORD-1/production", json={"qty": 2}, headers=headers)
        results.append((r.status_code, r.json()))

    threads = [threading.Thread(target=post) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert {code for code, _ in results} == {200}
    assert len({str(body) for _, body in results}) == 1
    assert api.ok("GET", "/orders/ORD-1", "pat")["produced"] == 2


@pytest.mark.parametrize("kind", ["production", "releases"])
def test_eight_concurrent_clients_end_with_exactly_the_authorized_quantity(api: Api, kind):
    api.ok(
        "POST",
        "/orders/ORD-1/pos",
        "pat",
        json={"number": "4500", "sample": 10, "production": 20, "unlock": "written-release"},
    )
    who, body, limit, field = (
        ("olu", {"qty": 1}, 10, "produced")
        if kind == "production"
        else ("dana", {"qty": 1, "event": "written-release"}, 30, "released")
    )
    headers = api.login(who)
    codes: list[int] = []

    def post() -> None:
        for _ in range(5):
            r = api.client.post(f"/api/v1/orders/ORD-1/{kind}", json=body, headers=headers)
            codes.append(r.status_code)

    threads = [threading.Thread(target=post) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(set(codes)) <= [200, 409] and 500 not in codes
    assert api.ok("GET", "/orders/ORD-1", "pat")[field] == limit
    assert api.ok("GET", "/verify", "pat")["ok"]


def test_openapi_lists_every_route_with_the_error_shape(api: Api):
    spec = api.client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.1")
    assert "/api/v1/orders/{order}/gate" in spec["paths"]
    assert "ErrorBody" in spec["components"]["schemas"]


def test_check_over_http_with_and_without_the_wording_model(api: Api) -> None:
    from tests.e2e.check_texts import CHAT

    files = {"files": ("sms.txt", CHAT.encode())}
    full = api.ok("POST", "/check", "pat", files=files)
    rules = api.ok("POST", "/check", "pat", files=files, data={"rules_only": "true"})
    assert "RG004" in {f["rule"] for f in full["findings"]}
    assert "RG004" not in {f["rule"] for f in rules["findings"]}
    assert all(f["file"] == "000-sms.txt" for f in full["findings"])
