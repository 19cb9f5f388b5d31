"""Schemathesis over the API's own OpenAPI document: every operation, bounded examples, valid
credentials; no server error (5xx), and every response is documented and matches its schema.

The app runs in-process (ASGI) on SQLite only: the subject here is the HTTP contract, which is
the same on both engines (test_api.py runs the flows on each). The register is built like the
``world`` fixture (Acme buys BRKT-100 from Printfarm, order ORD-1) with PO 4500 issued, and each
operation is called with the session of the member whose role it needs, so the examples reach
the register's rules instead of stopping at 403.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI

from releasegate.api.app import create_app
from releasegate.api.auth import login, set_password
from releasegate.api.settings import ServiceSettings
from releasegate.domain.vocabulary import Basis, PartyKind, Role, UnlockEvent
from releasegate.services.bootstrap import init_register, open_register

PASSWORD = "correct horse battery"
MEMBERS = ("pat", "erin", "dana", "olu", "oscar")
MAX_EXAMPLES = 15  # per operation and generation phase: the whole test stays well under a minute

# Who calls each operation: the member holding the role it needs (anything else: pat, the buyer's
# purchasing). Logout gets a fresh session each time, so it never ends the ones shared here.
CALLER = {
    "/api/v1/orders/{order}/signoffs": "erin",
    "/api/v1/orders/{order}/releases": "dana",
    "/api/v1/orders/{order}/releases/{release}/approvals": "dana",
    "/api/v1/orders/{order}/stops": "dana",
    "/api/v1/orders/{order}/resumptions": "dana",
    "/api/v1/orders/{order}/pos/{number}/acknowledgements": "olu",
    "/api/v1/orders/{order}/material": "olu",
    "/api/v1/orders/{order}/production": "olu",
    "/api/v1/orders/{order}/shipments": "olu",
}

# The checks asked for, and only those: no 5xx; the status code is documented; the content type
# and the body match what the document says for that status.
CONFIG: dict[str, Any] = {
    "seed": 20250101,
    "generation": {"max-examples": MAX_EXAMPLES, "no-shrink": True, "database": "none"},
    "phases": {"stateful": {"enabled": False}},
    # Path parameters and a new order's parties name the register's own records most of the
    # time, so that examples reach the rules behind the lookup; otherwise they are generated.
    "dictionaries": {
        "order": {"values": ["ORD-1"]},
        "number": {"values": ["4500"]},
        "release": {"values": ["R-1", "R-2"]},
        "buyer": {"values": ["Acme", "Otherco"]},
        "supplier": {"values": ["Printfarm"]},
    },
    "parameters": {
        **{
            f"path.{name}": {"dictionary": name, "probability": 0.8}
            for name in ("order", "number", "release")
        },
        **{
            f"body.{name}": {"dictionary": name, "probability": 0.8}
            for name in ("buyer", "supplier")
        },
    },
    "checks": {
        "enabled": False,
        "not_a_server_error": {"enabled": True},
        "status_code_conformance": {"enabled": True},
        "content_type_conformance": {"enabled": True},
        "response_schema_conformance": {"enabled": True},
    },
}


def _build(url: str) -> None:
    init_register(url)
    register = open_register(url)
    try:
        register.add_party("Acme", PartyKind.BUYER)
        register.add_party("Printfarm", PartyKind.SUPPLIER)
        register.add_party("Otherco", PartyKind.BUYER)
        register.add_member("pat", "Acme", [Role.PURCHASING])
        register.add_member("erin", "Acme", [Role.ENGINEERING])
        register.add_member("dana", "Acme", [Role.RELEASE_AUTHORITY], release_limit=1000)
        register.add_member("sam", "Acme", [Role.RELEASE_AUTHORITY], release_limit=100)
        register.add_member("olu", "Printfarm", [Role.SUPPLIER_OPS])
        register.add_member("oscar", "Otherco", [Role.PURCHASING, Role.RELEASE_AUTHORITY])
        order = register.create_order(
            "pat",
            buyer="Acme",
            supplier="Printfarm",
            part="BRKT-100",
            rev="B",
            sample_qty=10,
            production_qty=500,
            basis=Basis.FORECAST,
            quote_ref="Q-1",
        )
        assert order == "ORD-1"
        register.issue_po(
            "pat",
            "4500",
            order,
            sample_qty=10,
            production_qty=500,
            unlock=UnlockEvent.SAMPLE_SIGNOFF,
            authority="dana",
        )
        for member in MEMBERS:
            set_password(register, member, PASSWORD)
    finally:
        register.close()


def _login(url: str, member: str) -> str:
    """The Authorization header of a new session of ``member`` (a real password login)."""
    register = open_register(url)
    try:
        token, _ = login(register, member, PASSWORD, hours=1)
    finally:
        register.close()
    return f"Bearer {token}"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> tuple[FastAPI, str]:
    """The app on a fresh register; Schemathesis runs its lifespan around each operation."""
    url = f"sqlite:///{tmp_path_factory.mktemp('schema') / 'register.db'}"
    _build(url)
    # No webhook deliveries: the URLs subscribed here are generated, and must never be called.
    settings = ServiceSettings(db=url, pool_size=4, deliver_webhooks=False)
    assert settings.model_dump().get("deliver_webhooks") is False
    return create_app(settings), url


@pytest.fixture(scope="module")
def sessions(served: tuple[FastAPI, str]) -> dict[str, str]:
    """An Authorization header per member."""
    return {member: _login(served[1], member) for member in MEMBERS}


# The document the app serves at /openapi.json (it does not depend on the database), loaded when
# the module is collected so that each operation is a test of its own.
schema = schemathesis.openapi.from_dict(
    create_app(ServiceSettings(db="sqlite:///unused.db")).openapi(),
    config=schemathesis.Config.from_dict(CONFIG),
)


@schema.parametrize()
def test_every_operation_conforms_to_its_schema(
    case: schemathesis.Case[Any],
    served: tuple[FastAPI, str],
    sessions: dict[str, str],
) -> None:
    app, url = served
    if case.path == "/api/v1/logout":
        authorization = _login(url, "pat")
    else:
        authorization = sessions[CALLER.get(case.path, "pat")]
    case.call_and_validate(app=app, headers={"Authorization": authorization})
