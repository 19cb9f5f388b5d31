"""The REST API: every verb of the register under /api/v1, for members and API tokens.

Routes are thin: authenticate, check that the caller's party is on the order, call the same
``Register`` the CLI uses, and render. Errors have one shape, ``{"error": {"rule", "message"}}``:
400/422 bad input, 401 not logged in, 403 a role rule, 404 unknown (or another tenant's), 409 a
rule of the register refused the command.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Depends, FastAPI, File, Form, Header, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from releasegate.api import schemas as s
from releasegate.api.auth import (
    Principal,
    Unauthenticated,
    authenticate,
    create_token,
    login,
    logout,
    revoke_token,
)
from releasegate.api.pool import RegisterPool
from releasegate.api.settings import ServiceSettings
from releasegate.domain import events as ev
from releasegate.domain.errors import (
    DUPLICATE,
    NOT_AUTHORIZED,
    BadInput,
    NotFound,
    Refused,
    ReleaseGateError,
)
from releasegate.domain.gate import gate as decide_gate
from releasegate.services.bootstrap import is_postgres, open_register
from releasegate.services.register import (
    Clock,
    Idempotency,
    Register,
    Replayed,
    outcome,
    utc_now,
)

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": s.ErrorBody} for code in (400, 401, 403, 404, 409, 422)
}


def create_app(settings: ServiceSettings | None = None, clock: Clock = utc_now) -> FastAPI:
    config = settings or ServiceSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.pool = RegisterPool(config.db, config.pool_size, clock)
        # On SQLite the gate reads on a connection of the event loop's own, never waiting for a
        # pooled one (a WAL read does not wait for writers either).
        app.state.loop_register = (
            None if is_postgres(config.db) else open_register(config.db, clock)
        )
        worker = DeliveryWorker(config.db, config.webhook_interval, clock)
        if config.deliver_webhooks:
            worker.start()
        try:
            yield
        finally:
            worker.stop()
            app.state.pool.close()
            if app.state.loop_register is not None:
                app.state.loop_register.close()

    app = FastAPI(
        title="releasegate",
        version="1",
        summary="A purchase order is commercial authority, not production authority.",
        lifespan=lifespan,
    )
    app.state.settings = config
    _errors(app)
    app.include_router(_router(config), prefix="/api/v1", responses=ERRORS)
    return app


class DeliveryWorker:
    """Delivers the webhook outbox in the background, on its own database connection."""

    def __init__(self, db: str, interval: float, clock: Clock) -> None:
        self.db, self.interval, self.clock = db, interval, clock
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="webhooks", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=15)

    def _run(self) -> None:
        from releasegate.services.bootstrap import open_register
        from releasegate.services.webhooks import deliver_due

        register = open_register(self.db, self.clock)
        try:
            while not self._stop.is_set():
                try:
                    delivered = deliver_due(register)
                except Exception:  # a broken receiver or database hiccup: try again later
                    delivered = 0
                if not delivered:
                    self._stop.wait(self.interval)
        finally:
            register.close()


# ---- errors: one shape ------------------------------------------------------------------------


def _error(status: int, rule: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"rule": rule, "message": message}}, status_code=status)


def _errors(app: FastAPI) -> None:
    @app.exception_handler(ReleaseGateError)
    async def _domain(_: Request, exc: ReleaseGateError) -> JSONResponse:
        if isinstance(exc, NotFound):
            return _error(404, exc.rule, exc.message)
        if isinstance(exc, BadInput):
            return _error(400, exc.rule, exc.message)
        if isinstance(exc, Refused):
            return _error(403 if exc.rule == NOT_AUTHORIZED else 409, exc.rule, exc.message)
        return _error(500, exc.rule, exc.message)

    @app.exception_handler(Unauthenticated)
    async def _unauthenticated(_: Request, exc: Unauthenticated) -> JSONResponse:
        response = _error(401, "unauthenticated", str(exc))
        response.headers["WWW-Authenticate"] = "Bearer"
        return response

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        message = str(first.get("msg", "invalid request"))
        return _error(422, "bad-input", f"{where}: {message}" if where else message)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        rule = {400: "bad-input", 404: "not-found", 405: "method-not-allowed"}.get(
            exc.status_code, "http"
        )
        response = _error(exc.status_code, rule, str(exc.detail))
        response.headers.update(exc.headers or {})  # e.g. Allow on a 405
        return response

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        return _error(500, "internal", "internal error; nothing was changed")


# ---- dependencies -----------------------------------------------------------------------------


def _register(request: Request) -> Iterator[Register]:
    with request.app.state.pool.register() as register:
        yield register


RegisterDep = Annotated[Register, Depends(_register)]


AuthHeader = Annotated[str | None, Header(description="Bearer <session or API token>")]


def _principal(register: RegisterDep, authorization: AuthHeader = None) -> Principal:
    return authenticate(register, authorization)


Caller = Annotated[Principal, Depends(_principal)]


async def _idempotency(
    request: Request,
    idempotency_key: Annotated[
        str | None,
        Header(max_length=200, description="Retrying with the same key returns the first result."),
    ] = None,
) -> Idempotency | None:
    if idempotency_key is None:
        return None
    body = await request.body()
    digest = hashlib.sha256(
        request.method.encode() + b" " + request.url.path.encode() + b"\n" + body
    ).hexdigest()
    # The principal is filled in by the route, once the caller is known.
    return Idempotency("", idempotency_key, digest)


IdemDep = Annotated[Idempotency | None, Depends(_idempotency)]


def _visible(register: Register, caller: Principal, order: str) -> None:
    """404 unless the caller's party is the order's buyer or supplier (no existence leak)."""
    parties = register.store.order_parties(order)
    if parties is None or caller.party not in parties:
        raise NotFound(f"unknown order {order!r}")


def _write(
    register: Register,
    caller: Principal,
    idem: Idempotency | None,
    order: str,
    action: Callable[[], list[ev.Event]],
) -> s.OutcomeOut:
    """Run a write on an order the caller's party is on (``order`` is "" for a new order),
    under the caller's Idempotency-Key."""
    if order:
        _visible(register, caller, order)
    keyed = Idempotency(caller.key, idem.key, idem.fingerprint) if idem else None
    try:
        with register.idempotent(keyed):
            events = action()
    except Replayed as replay:
        return s.OutcomeOut.model_validate_json(replay.response)
    except Refused as refusal:
        kept = _kept(register, keyed) if refusal.rule == DUPLICATE else None
        if kept is None:
            raise
        return kept
    if not order and events and isinstance(events[0], ev.OrderCreated):
        order = events[0].order
    return s.OutcomeOut.model_validate_json(outcome(order, events))


def _kept(register: Register, keyed: Idempotency | None) -> s.OutcomeOut | None:
    """A concurrent retry lost the race on its key: answer with the winner's result."""
    if keyed is None:
        return None
    kept = register.accounts.idempotent_response(keyed.principal, keyed.key)
    if kept is None:
        return None
    if kept[0] != keyed.fingerprint:
        raise BadInput(f"Idempotency-Key {keyed.key!r} was already used for a different request")
    return s.OutcomeOut.model_validate_json(kept[1])


# ---- routes -----------------------------------------------------------------------------------


def _router(config: ServiceSettings) -> APIRouter:
    api = APIRouter()

    @api.get("/orders/{order}/gate", tags=["shop floor"], response_model=s.GateOut)
    async def gate(
        order: str,
        request: Request,
        qty: Annotated[int, Query(ge=1, le=1_000_000_000)],
        material: bool = False,
        authorization: AuthHeader = None,
    ) -> Response:
        """May we start qty more units (or buy material for qty)? Allowed or denied, with the
        reason and the documents that authorize it. A denial is an answer (200), not an error."""

        # The shop floor's hot path, registered first: no dependency chain and no second hop to
        # validate the answer (it is built from the GateOut model itself). On SQLite the two
        # indexed reads take tens of microseconds, less than a hop to a worker thread, so they
        # run right here; on PostgreSQL they go to a worker thread, off the event loop.
        def answer(register: Register) -> tuple[s.GateOut, dict[str, Any] | None]:
            return _gate(register, authenticate(register, authorization), order, qty, material)

        def pooled() -> tuple[s.GateOut, dict[str, Any] | None]:
            with request.app.state.pool.register() as register:
                return answer(register)

        def announce_denial(denial: dict[str, Any]) -> None:
            with request.app.state.pool.register() as register:
                _announce_denial(register, denial)

        loop_register = request.app.state.loop_register
        if loop_register is not None:  # SQLite: the event loop's own read connection
            result, denial = answer(loop_register)
        else:
            result, denial = await anyio.to_thread.run_sync(pooled)
        if denial is not None:  # a write: never on the event loop
            await anyio.to_thread.run_sync(announce_denial, denial)
        return Response(result.model_dump_json().encode(), media_type="application/json")

    @api.get("/health", tags=["service"])
    def health() -> dict[str, str]:
        """Liveness: answers without touching the database."""
        return {"status": "ok"}

    # -- accounts --
    @api.post("/login", tags=["accounts"])
    def post_login(body: s.LoginIn, register: RegisterDep) -> s.SessionOut:
        """Log in with a member's password; the session token goes in Authorization: Bearer."""
        token, expires = login(register, body.member, body.password, config.session_hours)
        member = register.member(body.member)
        assert member is not None
        return s.SessionOut(
            token=token,
            expires_at=expires,
            member=member.name,
            party=member.party,
            roles=sorted(member.roles),
        )

    @api.post("/logout", tags=["accounts"], status_code=204)
    def post_logout(
        caller: Caller, register: RegisterDep, authorization: Annotated[str, Header()]
    ) -> None:
        """End this session."""
        logout(register, authorization.removeprefix("Bearer ").strip())

    @api.get("/me", tags=["accounts"])
    def me(caller: Caller) -> s.MeOut:
        return s.MeOut(
            name=caller.actor.name,
            party=caller.party,
            roles=sorted(caller.actor.roles),
            token_id=caller.token_id,
        )

    @api.post("/tokens", tags=["accounts"], status_code=201)
    def post_token(body: s.TokenIn, caller: Caller, register: RegisterDep) -> s.NewTokenOut:
        """An API token for a machine of your party, with some of your roles (never
        release-authority). The secret is shown once."""
        if caller.token_id is not None:
            raise Refused(NOT_AUTHORIZED, "an API token cannot create tokens: log in as a member")
        roles = frozenset(body.roles)
        if not roles <= caller.actor.roles:
            extra = ", ".join(sorted(roles - caller.actor.roles))
            raise Refused(NOT_AUTHORIZED, f"{caller.actor.name} cannot give a token {extra}")
        secret, record = create_token(
            register, caller.party, roles, body.label, body.days, caller.actor.name
        )
        return s.NewTokenOut(token=secret, **_token_out(record))

    @api.get("/tokens", tags=["accounts"])
    def get_tokens(caller: Caller, register: RegisterDep) -> list[s.TokenOut]:
        return [s.TokenOut(**_token_out(t)) for t in register.accounts.tokens_of(caller.party)]

    @api.delete("/tokens/{token_id}", tags=["accounts"])
    def delete_token(token_id: str, caller: Caller, register: RegisterDep) -> s.TokenOut:
        """Revoke a token of your party; it stops working at once."""
        if caller.token_id is not None:
            raise Refused(NOT_AUTHORIZED, "an API token cannot revoke tokens: log in as a member")
        revoke_token(register, token_id, caller.party)
        record = register.accounts.token(token_id)
        assert record is not None
        return s.TokenOut(**_token_out(record))

    # -- orders --
    @api.get("/orders", tags=["orders"])
    def list_orders(caller: Caller, register: RegisterDep) -> list[s.OrderSummaryOut]:
        """The orders your party is on."""
        return [
            s.OrderSummaryOut(order=o, part=p, buyer=b, supplier=su)
            for o, p, b, su in register.store.orders_of(caller.party)
        ]

    @api.post("/orders", tags=["orders"])
    def create_order(
        body: s.OrderIn, caller: Caller, register: RegisterDep, idem: IdemDep
    ) -> s.OutcomeOut:
        """Create an order with its quote (buyer's purchasing)."""

        def action() -> list[ev.Event]:
            new_id = register.create_order(
                caller.actor,
                buyer=body.buyer,
                supplier=body.supplier,
                part=body.part,
                rev=body.rev,
                sample_qty=body.sample_qty,
                production_qty=body.production_qty,
                basis=body.basis,
                quote_ref=body.quote,
                order_id=body.id,
            )
            first = register.log(new_id)[0]
            return [ev.event_from_data(first.type, json.loads(first.data))]

        return _write(register, caller, idem, "", action)

    @api.get("/orders/{order}", tags=["orders"])
    def status(order: str, caller: Caller, register: RegisterDep) -> dict[str, Any]:
        """Covered, released, produced, shipped, on hold, may start; POs, terms, releases."""
        from releasegate.services.status import status_data

        _visible(register, caller, order)
        return status_data(register.state(order))

    @api.get("/orders/{order}/log", tags=["orders"])
    def log(order: str, caller: Caller, register: RegisterDep) -> list[s.LoggedEventOut]:
        """The order's ledger: every event with its time, author and hash."""
        _visible(register, caller, order)
        return [s.LoggedEventOut(**row.public()) for row in register.log(order)]

    def _gate(
        register: Register, caller: Principal, order: str, qty: int, material: bool
    ) -> tuple[s.GateOut, dict[str, Any] | None]:
        """The answer, and for a denial what the parties' webhooks are to be told."""
        view = register.store.gate_view(order)
        if view is None or caller.party not in (view.buyer, view.supplier):
            raise NotFound(f"unknown order {order!r}")
        answer = decide_gate(view, qty, material)
        denial = None
        if not answer.allowed:
            denial = {
                "parties": (view.buyer, view.supplier),
                "body": {
                    "order": order,
                    "qty": qty,
                    "material": material,
                    "by": caller.actor.name,
                    "rule": answer.rule,
                    "reason": answer.reason,
                },
            }
        return s.GateOut(**asdict(answer)), denial

    def _announce_denial(register: Register, denial: dict[str, Any]) -> None:
        from releasegate.services.webhooks import GATE_DENIED, announce

        with register.store.write():
            announce(register, denial["parties"], GATE_DENIED, denial["body"])

    @api.get("/orders/{order}/diagnose", tags=["orders"])
    def diagnose(order: str, caller: Caller, register: RegisterDep) -> s.DiagnosisOut:
        """Which release problem the order is in, why, and the next step."""
        _visible(register, caller, order)
        return s.DiagnosisOut(**asdict(register.diagnose(order)))

    @api.get("/orders/{order}/wording", tags=["orders"])
    def wording(
        order: str,
        caller: Caller,
        register: RegisterDep,
        doc: Annotated[str, Query(pattern="^(po-note|hold|release|stop|material)$")],
        format: Annotated[str, Query(pattern="^(text|md|html)$")] = "text",
    ) -> s.WordingOut:
        """A document's wording, written from the recorded state."""
        from releasegate.documents.generate.render import render
        from releasegate.documents.generate.wording import build

        _visible(register, caller, order)
        text = render(build(register.state(order), doc), format)
        return s.WordingOut(doc=doc, format=format, text=text)

    def order_write(
        path: str, summary: str, body_model: type[Any] | None, run: Callable[..., list[ev.Event]]
    ) -> None:
        # Postings are the shop floor's hot path: authenticate and write on one worker thread,
        # without the dependency chain the other routes use (each sync dependency is a hop).
        if body_model is None:

            def endpoint_plain(
                order: str, request: Request, idem: IdemDep, authorization: AuthHeader = None
            ) -> s.OutcomeOut:
                with request.app.state.pool.register() as register:
                    caller = authenticate(register, authorization)
                    return _write(
                        register, caller, idem, order, lambda: run(register, caller, order)
                    )

            endpoint: Callable[..., s.OutcomeOut] = endpoint_plain
        else:

            def endpoint_body(
                order: str,
                body: body_model,  # type: ignore[valid-type]
                request: Request,
                idem: IdemDep,
                authorization: AuthHeader = None,
            ) -> s.OutcomeOut:
                with request.app.state.pool.register() as register:
                    caller = authenticate(register, authorization)
                    return _write(
                        register, caller, idem, order, lambda: run(register, caller, order, body)
                    )

            endpoint_body.__annotations__["body"] = body_model  # a real type, not a string
            endpoint = endpoint_body
        endpoint.__doc__ = summary
        name = "post_" + path.strip("/").replace("/", "_").replace("{", "").replace("}", "")
        endpoint.__name__ = name.replace("-", "_")
        api.add_api_route("/orders/{order}" + path, endpoint, methods=["POST"], tags=["orders"])

    @api.post("/orders/{order}/pos", tags=["orders"])
    def issue_po(
        order: str, body: s.POIn, caller: Caller, register: RegisterDep, idem: IdemDep
    ) -> s.OutcomeOut:
        """Issue a PO: a sample line releases its quantity; a production line adds cover only."""
        return _write(
            register,
            caller,
            idem,
            order,
            lambda: register.issue_po(
                caller.actor,
                body.number,
                order,
                sample_qty=body.sample,
                production_qty=body.production,
                **_terms(body),
            ),
        )

    @api.post("/orders/{order}/pos/{number}/revisions", tags=["orders"])
    def revise_po(
        order: str,
        number: str,
        body: s.RevisionIn,
        caller: Caller,
        register: RegisterDep,
        idem: IdemDep,
    ) -> s.OutcomeOut:
        """Revise a PO (history kept; cover never falls below what is released)."""
        return _write(
            register,
            caller,
            idem,
            order,
            lambda: register.revise_po(
                caller.actor,
                number,
                order,
                sample_qty=body.sample,
                production_qty=body.production,
                **_terms(body),
            ),
        )

    @api.post("/orders/{order}/pos/{number}/acknowledgements", tags=["orders"])
    def acknowledge_po(
        order: str, number: str, caller: Caller, register: RegisterDep, idem: IdemDep
    ) -> s.OutcomeOut:
        """The supplier acknowledges the PO's current revision as written."""
        return _write(
            register,
            caller,
            idem,
            order,
            lambda: register.acknowledge_po(caller.actor, number, order),
        )

    @api.post("/orders/{order}/releases/{release}/approvals", tags=["orders"])
    def approve_release(
        order: str, release: str, caller: Caller, register: RegisterDep, idem: IdemDep
    ) -> s.OutcomeOut:
        """A second release-authority member approves a proposed release."""
        return _write(
            register,
            caller,
            idem,
            order,
            lambda: register.approve_release(caller.actor, order, release),
        )

    order_write(
        "/signoffs",
        "Engineering's disposition of the samples. It releases nothing by itself.",
        s.SignoffIn,
        lambda r, c, o, b: r.sign_off(c.actor, o, b.disposition, b.qty, b.until, b.note),
    )
    order_write(
        "/sample-rounds",
        "Open a new sample round after a rejection.",
        None,
        lambda r, c, o: r.open_sample_round(c.actor, o),
    )
    order_write(
        "/releases",
        "Release a quantity for production, in writing (release-authority).",
        s.ReleaseIn,
        lambda r, c, o, b: r.release(c.actor, o, b.qty, b.event, b.ref, b.waive_reason),
    )
    order_write(
        "/stops",
        "Stop the order: nothing more may start until it is resumed.",
        s.StopIn,
        lambda r, c, o, b: r.stop(c.actor, o, b.reason),
    )
    order_write("/resumptions", "Lift the stop.", None, lambda r, c, o: r.resume(c.actor, o))
    order_write(
        "/material",
        "Record material bought for qty units (supplier-ops).",
        s.QtyIn,
        lambda r, c, o, b: r.buy_material(c.actor, o, b.qty),
    )
    order_write(
        "/production",
        "Record qty units produced (supplier-ops); refused beyond the released quantity.",
        s.QtyIn,
        lambda r, c, o, b: r.produce(c.actor, o, b.qty),
    )
    order_write(
        "/shipments",
        "Record qty units shipped (supplier-ops); refused beyond the quantity produced.",
        s.QtyIn,
        lambda r, c, o, b: r.ship(c.actor, o, b.qty),
    )

    # -- webhooks --
    @api.post("/webhooks", tags=["webhooks"], status_code=201)
    def post_webhook(body: s.WebhookIn, caller: Caller, register: RegisterDep) -> s.NewWebhookOut:
        """Subscribe a URL of your party to po.issued, release.granted, order.stopped,
        order.resumed, signoff.recorded and gate.denied on your orders. Each delivery is signed:
        X-Releasegate-Signature: sha256=HMAC-SHA256(secret, body). The secret is shown once."""
        from releasegate.services.webhooks import add_webhook

        if caller.token_id is not None:
            raise Refused(NOT_AUTHORIZED, "an API token cannot manage webhooks: log in as a member")
        hook = add_webhook(
            register, caller.party, body.url, body.secret, config.webhook_allow_private
        )
        return s.NewWebhookOut(
            id=hook.id,
            party=hook.party,
            url=hook.url,
            created_at=hook.created_at,
            secret=hook.secret,
        )

    @api.get("/webhooks", tags=["webhooks"])
    def get_webhooks(caller: Caller, register: RegisterDep) -> list[s.WebhookOut]:
        from releasegate.storage.webhooks import WebhookStore

        return [
            s.WebhookOut(id=h.id, party=h.party, url=h.url, created_at=h.created_at)
            for h in WebhookStore(register.store).of_party(caller.party)
        ]

    @api.delete("/webhooks/{hook_id}", tags=["webhooks"], status_code=204)
    def delete_webhook(hook_id: str, caller: Caller, register: RegisterDep) -> None:
        """Unsubscribe; deliveries still queued for it are dropped."""
        from releasegate.services.webhooks import remove_webhook

        if caller.token_id is not None:
            raise Refused(NOT_AUTHORIZED, "an API token cannot manage webhooks: log in as a member")
        remove_webhook(register, hook_id, caller.party)

    # -- the ledger and documents --
    @api.get("/verify", tags=["ledger"])
    def verify(caller: Caller, register: RegisterDep) -> s.VerifyOut:
        """Check every hash, link and stored figure of the orders your party is on."""
        from releasegate.services.verify import verify as run_verify

        mine = {o for o, *_ in register.store.orders_of(caller.party)}
        report = run_verify(register.store)
        problems = [p.line() for p in report.problems if p.order in mine]
        events = sum(report.events_by_order.get(order, 0) for order in mine)
        return s.VerifyOut(ok=not problems, orders=len(mine), events=events, problems=problems)

    @api.post("/check", tags=["documents"])
    def check(
        caller: Caller,
        register: RegisterDep,
        files: Annotated[list[UploadFile], File(description="Documents, checked as one bundle.")],
        order: Annotated[str | None, Form()] = None,
        rules_only: Annotated[
            bool, Form(description="Only the rules' findings, without the wording model.")
        ] = False,
    ) -> dict[str, Any]:
        """Check documents for ambiguous release language (RG001-RG012)."""
        from releasegate.documents.check import CheckInputError, check_paths
        from releasegate.services.checking import order_facts

        facts = None
        if order:
            _visible(register, caller, order)
            facts = order_facts(register, order)
        with tempfile.TemporaryDirectory(prefix="releasegate-check-") as folder:
            paths = []
            for index, upload in enumerate(files):
                name = Path(upload.filename or f"upload-{index}").name or f"upload-{index}"
                path = Path(folder) / f"{index:03d}-{name}"
                path.write_bytes(upload.file.read(26 * 1024 * 1024))
                paths.append(path)
            try:
                report = check_paths(paths, facts, rules_only)
            except CheckInputError as exc:
                raise BadInput(str(exc).replace(folder + "/", "")) from None
        data: dict[str, Any] = json.loads(json.dumps(report.to_dict()).replace(folder + "/", ""))
        return data

    return api


def _terms(body: s.TermsIn) -> dict[str, Any]:
    return {
        "unlock": body.unlock,
        "authority": body.authority,
        "material": body.material,
        "material_qty": body.material_qty,
        "auto_convert": body.auto_convert,
        "second_approver": body.second_approver,
    }


def _token_out(record: Any) -> dict[str, Any]:
    data = asdict(record)
    data["roles"] = sorted(record.roles)
    return data
