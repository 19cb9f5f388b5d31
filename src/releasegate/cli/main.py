"""``releasegate``: the release register on the command line.

Exit codes: 0 done; 2 bad input (one line naming the problem); 3 refused by a rule, or denied
by the gate, or findings from ``check``; 1 anything else (verification failed, storage error).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from releasegate.domain.vocabulary import (
    Basis,
    Disposition,
    MaterialMode,
    PartyKind,
    Role,
    UnlockEvent,
)

if TYPE_CHECKING:
    from releasegate.documents.check import OrderFacts
    from releasegate.domain import events as ev
    from releasegate.services.register import Register

app = typer.Typer(
    name="releasegate",
    help="Keep commercial authority (the PO) and production authority (a written release) apart.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
party_app = typer.Typer(help="Parties: the buyer and supplier organizations.", no_args_is_help=True)
member_app = typer.Typer(help="Members: people in a party, with roles.", no_args_is_help=True)
order_app = typer.Typer(
    help="Orders: one part between one buyer and one supplier.", no_args_is_help=True
)
po_app = typer.Typer(
    help="Purchase orders: commercial cover, never production authority.", no_args_is_help=True
)
material_app = typer.Typer(help="Material bought at the buyer's liability.", no_args_is_help=True)
app.add_typer(party_app, name="party")
app.add_typer(member_app, name="member")
app.add_typer(order_app, name="order")
app.add_typer(po_app, name="po")
app.add_typer(material_app, name="material")
admin_app = typer.Typer(
    help="Accounts of the shared service (run on the server; direct database access).",
    no_args_is_help=True,
)
app.add_typer(admin_app, name="admin")


@dataclass
class Settings:
    db: str
    actor: str | None


@app.callback()
def _global(
    ctx: typer.Context,
    db: Annotated[
        str,
        typer.Option(
            "--db",
            envvar="RELEASEGATE_DB",
            help="Database: an SQLAlchemy URL (sqlite:///path.db) or a file path.",
        ),
    ] = "sqlite:///releasegate.db",
    as_: Annotated[
        str | None,
        typer.Option(
            "--as", envvar="RELEASEGATE_AS", help="The acting member (local mode trusts the name)."
        ),
    ] = None,
) -> None:
    """Keep commercial authority (the PO) and production authority (a written release) apart."""
    ctx.obj = Settings(db, as_)


def _settings(ctx: typer.Context) -> Settings:
    obj = ctx.find_root().obj
    assert isinstance(obj, Settings)
    return obj


def _register(ctx: typer.Context) -> Register:
    from releasegate.services.bootstrap import open_register

    register = open_register(_settings(ctx).db)
    ctx.call_on_close(register.close)
    return register


def _report(order: str, events: list[ev.Event]) -> None:
    from releasegate.cli.render import describe
    from releasegate.domain import events as ev

    for event in events:
        typer.echo(describe(order, event))
    signed = any(isinstance(e, ev.SampleSignedOff) for e in events)
    if signed and not any(isinstance(e, ev.QuantityReleased) for e in events):
        typer.echo("a sign-off releases nothing by itself: production still needs a release")


# ---- set-up ---------------------------------------------------------------------------------


@app.command()
def init(ctx: typer.Context) -> None:
    """Create the register database (or upgrade its schema)."""
    from releasegate.services.bootstrap import init_register

    path = init_register(_settings(ctx).db)
    typer.echo(f"register ready at {path}")


@party_app.command("add")
def party_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The party's name.")],
    kind: Annotated[PartyKind, typer.Option("--kind", help="buyer or supplier.")],
) -> None:
    """Add a party (an organization)."""
    _register(ctx).add_party(name, kind)
    typer.echo(f"party {name} added ({kind.value})")


@member_app.command("add")
def member_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The member's name (what --as gives).")],
    party: Annotated[str, typer.Option("--party", help="The member's party.")],
    role: Annotated[list[Role], typer.Option("--role", help="A role; repeat for several.")],
    release_limit: Annotated[
        int | None,
        typer.Option(
            "--release-limit", help="Largest single release, in units (release-authority)."
        ),
    ] = None,
) -> None:
    """Add a member to a party, with roles and an optional release limit."""
    member = _register(ctx).add_member(name, party, list(dict.fromkeys(role)), release_limit)
    limit = f", release limit {member.release_limit}" if member.release_limit else ""
    typer.echo(f"member {name} added to {party}: {', '.join(sorted(member.roles))}{limit}")


# ---- orders and POs -------------------------------------------------------------------------


@order_app.command("create")
def order_create(
    ctx: typer.Context,
    buyer: Annotated[str, typer.Option("--buyer", help="The buyer party.")],
    supplier: Annotated[str, typer.Option("--supplier", help="The supplier party.")],
    part: Annotated[str, typer.Option("--part", help="Part number.")],
    sample_qty: Annotated[int, typer.Option("--sample-qty", help="Quoted sample quantity.")],
    production_qty: Annotated[
        int, typer.Option("--production-qty", help="Quoted production quantity.")
    ],
    basis: Annotated[
        Basis, typer.Option("--basis", help="Is the production quantity firm, forecast or open?")
    ],
    rev: Annotated[str, typer.Option("--rev", help="Part revision.")] = "",
    quote: Annotated[
        str | None, typer.Option("--quote", help="The supplier's quote reference.")
    ] = None,
    sample_price: Annotated[
        str | None, typer.Option("--sample-price", help="Unit price of a sample.")
    ] = None,
    production_price: Annotated[
        str | None, typer.Option("--production-price", help="Unit price in production.")
    ] = None,
    currency: Annotated[
        str | None, typer.Option("--currency", help="ISO 4217 code, e.g. EUR.")
    ] = None,
    order_id: Annotated[
        str | None, typer.Option("--id", help="Choose the order id (default ORD-n).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help='Print {"order": id}.')] = False,
) -> None:
    """Create an order with its quote. Prints the new order's id as the last line."""
    from releasegate.cli.render import dumps

    prices = _prices(sample_price, production_price, currency)
    order = _register(ctx).create_order(
        _settings(ctx).actor,
        buyer=buyer,
        supplier=supplier,
        part=part,
        rev=rev,
        sample_qty=sample_qty,
        production_qty=production_qty,
        basis=basis,
        quote_ref=quote,
        sample_price=prices[0],
        production_price=prices[1],
        currency=prices[2],
        order_id=order_id,
    )
    typer.echo(dumps({"order": order}) if as_json else order)


def _prices(
    sample: str | None, production: str | None, currency: str | None
) -> tuple[str | None, str | None, str | None]:
    from decimal import Decimal, InvalidOperation

    from releasegate.domain.errors import BadInput

    out: list[str | None] = []
    for what, value in (("--sample-price", sample), ("--production-price", production)):
        if value is None:
            out.append(None)
            continue
        try:
            price = Decimal(value)
        except InvalidOperation:
            raise BadInput(f"{what} must be a decimal number like 12.50, not {value!r}") from None
        if not price.is_finite() or price < 0:
            raise BadInput(f"{what} must be zero or more, not {value!r}")
        out.append(str(price))
    if (sample or production) and not currency:
        raise BadInput("a price needs its --currency (e.g. EUR)")
    if currency is not None and not (len(currency) == 3 and currency.isalpha()):
        raise BadInput(f"--currency must be a three-letter code like EUR, not {currency!r}")
    return out[0], out[1], currency.upper() if currency else None


UnlockOpt = Annotated[
    UnlockEvent | None,
    typer.Option("--unlock", help="What must happen before the balance is released."),
]
AuthorityOpt = Annotated[
    str | None, typer.Option("--authority", help="The release-authority member named on the PO.")
]
MaterialOpt = Annotated[
    MaterialMode | None,
    typer.Option("--material", help="Material authority: sample-only or staged."),
]
MaterialQtyOpt = Annotated[
    int | None,
    typer.Option(
        "--material-qty", help="Units' worth of material staged (with --material staged)."
    ),
]
AutoOpt = Annotated[
    int | None,
    typer.Option(
        "--auto-convert", help="Units an approved sign-off releases by itself (0 = none)."
    ),
]
SecondOpt = Annotated[
    bool | None,
    typer.Option(
        "--second-approver/--no-second-approver",
        help="Releases beyond the samples need a second release-authority member.",
        show_default=False,
    ),
]


@po_app.command("issue")
def po_issue(
    ctx: typer.Context,
    number: Annotated[str, typer.Argument(help="PO number (unique per buyer).")],
    order: Annotated[str, typer.Option("--order", help="The order the PO's lines cover.")],
    sample: Annotated[
        int, typer.Option("--sample", help="Sample line quantity (released on issue).")
    ] = 0,
    production: Annotated[
        int, typer.Option("--production", help="Production line quantity (commercial cover only).")
    ] = 0,
    unlock: UnlockOpt = None,
    authority: AuthorityOpt = None,
    material: MaterialOpt = None,
    material_qty: MaterialQtyOpt = None,
    auto_convert: AutoOpt = None,
    second_approver: SecondOpt = None,
) -> None:
    """Issue a PO: a sample line releases its quantity; a production line adds cover only."""
    events = _register(ctx).issue_po(
        _settings(ctx).actor,
        number,
        order,
        sample_qty=sample,
        production_qty=production,
        unlock=unlock,
        authority=authority,
        material=material,
        material_qty=material_qty,
        auto_convert=auto_convert,
        second_approver=second_approver,
    )
    _report(order, events)


@po_app.command("revise")
def po_revise(
    ctx: typer.Context,
    number: Annotated[str, typer.Argument(help="PO number.")],
    order: Annotated[str, typer.Option("--order", help="The PO's order.")],
    sample: Annotated[
        int | None, typer.Option("--sample", help="New sample line quantity.")
    ] = None,
    production: Annotated[
        int | None, typer.Option("--production", help="New production line quantity.")
    ] = None,
    unlock: UnlockOpt = None,
    authority: AuthorityOpt = None,
    material: MaterialOpt = None,
    material_qty: MaterialQtyOpt = None,
    auto_convert: AutoOpt = None,
    second_approver: SecondOpt = None,
) -> None:
    """Revise a PO (history is kept; cover can never fall below what is released)."""
    events = _register(ctx).revise_po(
        _settings(ctx).actor,
        number,
        order,
        sample_qty=sample,
        production_qty=production,
        unlock=unlock,
        authority=authority,
        material=material,
        material_qty=material_qty,
        auto_convert=auto_convert,
        second_approver=second_approver,
    )
    _report(order, events)


@po_app.command("ack")
def po_ack(
    ctx: typer.Context,
    number: Annotated[str, typer.Argument(help="PO number.")],
    order: Annotated[
        str | None, typer.Option("--order", help="The PO's order, where the number is ambiguous.")
    ] = None,
) -> None:
    """Acknowledge the PO's current revision as written (supplier-ops)."""
    register = _register(ctx)
    actor = _settings(ctx).actor
    order_id = order or register.find_po(number, actor)
    _report(order_id, register.acknowledge_po(actor, number, order_id))


# ---- sign-off and releases ------------------------------------------------------------------


@app.command()
def signoff(
    ctx: typer.Context,
    order: Annotated[str, typer.Argument(help="The order.")],
    disposition: Annotated[
        Disposition, typer.Option("--disposition", help="approved, interim or rejected.")
    ],
    qty: Annotated[
        int | None, typer.Option("--qty", help="Interim: production units it allows.")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Interim: last day (YYYY-MM-DD).")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="Engineering's remark.")] = None,
) -> None:
    """Record engineering's disposition of the samples. It releases nothing by itself."""
    _report(
        order, _register(ctx).sign_off(_settings(ctx).actor, order, disposition, qty, until, note)
    )


@app.command("sample-round")
def sample_round(
    ctx: typer.Context, order: Annotated[str, typer.Argument(help="The order.")]
) -> None:
    """Open a new sample round after a rejection (allows one more sample lot on PO lines)."""
    _report(order, _register(ctx).open_sample_round(_settings(ctx).actor, order))


@app.command()
def release(
    ctx: typer.Context,
    order: Annotated[str, typer.Argument(help="The order.")],
    qty: Annotated[int | None, typer.Option("--qty", help="Units to release.")] = None,
    event: Annotated[
        UnlockEvent | None, typer.Option("--event", help="The unlock event this release rests on.")
    ] = None,
    ref: Annotated[str | None, typer.Option("--ref", help="Evidence reference.")] = None,
    waive: Annotated[
        bool, typer.Option("--waive", help="Waive the unlock event (needs --reason).")
    ] = False,
    reason: Annotated[
        str | None, typer.Option("--reason", help="Why the unlock event is waived.")
    ] = None,
    approve: Annotated[
        str | None, typer.Option("--approve", help="Approve a proposed release (second approver).")
    ] = None,
) -> None:
    """Release a quantity for production, in writing (release-authority)."""
    from releasegate.domain.errors import BadInput

    register = _register(ctx)
    actor = _settings(ctx).actor
    if approve is not None:
        if qty is not None or event is not None or waive:
            raise BadInput("--approve takes no --qty, --event or --waive: it approves as proposed")
        _report(order, register.approve_release(actor, order, approve))
        return
    if qty is None or event is None:
        raise BadInput("a release needs --qty N and --event EVENT")
    if waive != (reason is not None):
        raise BadInput("--waive and --reason go together")
    _report(order, register.release(actor, order, qty, event, ref, reason if waive else None))


@app.command()
def stop(
    ctx: typer.Context,
    order: Annotated[str, typer.Argument(help="The order.")],
    reason: Annotated[str, typer.Option("--reason", help="Why the order stops.")],
) -> None:
    """Stop an order: nothing more may start, released or not, until it is resumed."""
    _report(order, _register(ctx).stop(_settings(ctx).actor, order, reason))


@app.command()
def resume(ctx: typer.Context, order: Annotated[str, typer.Argument(help="The order.")]) -> None:
    """Lift the stop on an order."""
    _report(order, _register(ctx).resume(_settings(ctx).actor, order))


# ---- the supplier's postings ----------------------------------------------------------------

QtyOpt = Annotated[int, typer.Option("--qty", help="Units.")]


@material_app.command("buy")
def material_buy(
    ctx: typer.Context, order: Annotated[str, typer.Argument(help="The order.")], qty: QtyOpt
) -> None:
    """Record material bought for N units (supplier-ops)."""
    _report(order, _register(ctx).buy_material(_settings(ctx).actor, order, qty))


@app.command()
def produce(
    ctx: typer.Context, order: Annotated[str, typer.Argument(help="The order.")], qty: QtyOpt
) -> None:
    """Record N units produced (supplier-ops); refused beyond the released quantity."""
    _report(order, _register(ctx).produce(_settings(ctx).actor, order, qty))


@app.command()
def ship(
    ctx: typer.Context, order: Annotated[str, typer.Argument(help="The order.")], qty: QtyOpt
) -> None:
    """Record N units shipped (supplier-ops); refused beyond the quantity produced."""
    _report(order, _register(ctx).ship(_settings(ctx).actor, order, qty))


# ---- reading --------------------------------------------------------------------------------


@app.command()
def gate(
    ctx: typer.Context,
    order: Annotated[str, typer.Argument(help="The order.")],
    qty: QtyOpt,
    material: Annotated[
        bool, typer.Option("--material", help="Ask to buy material for N units.")
    ] = False,
) -> None:
    """May we start N more units (or buy material for N)? Exit 0 allowed, 3 denied."""
    answer = _register(ctx).gate(order, qty, material)
    if answer.allowed:
        typer.echo(f"allowed: {answer.reason}: {', '.join(answer.documents)}")
        return
    typer.echo(f"denied: {answer.rule}: {answer.reason}")
    raise typer.Exit(3)


JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]


@app.command()
def status(
    ctx: typer.Context,
    order: Annotated[str, typer.Argument(help="The order.")],
    as_json: JsonOpt = False,
) -> None:
    """Show what is covered, released, produced, shipped and on hold."""
    from releasegate.cli.render import dumps, status_text
    from releasegate.services.status import status_data

    state = _register(ctx).state(order)
    typer.echo(dumps(status_data(state)) if as_json else status_text(state))


@app.command()
def log(
    ctx: typer.Context,
    order: Annotated[str, typer.Argument(help="The order.")],
    as_json: JsonOpt = False,
) -> None:
    """Show the order's ledger: every event with its time, author and hash."""
    from releasegate.cli.render import dumps

    rows = _register(ctx).log(order)
    if as_json:
        typer.echo(dumps([r.public() for r in rows]))
        return
    import json

    from releasegate.cli.render import describe
    from releasegate.domain.events import event_from_data

    for r in rows:
        text = describe(order, event_from_data(r.type, json.loads(r.data)))
        typer.echo(f"#{r.seq:<3} {r.at[:19]}  {r.by:<12} {text}  [{r.hash[:12]}]")


@app.command()
def verify(ctx: typer.Context) -> None:
    """Check every hash and link of the ledger and the stored figures. Exit 1 on a problem."""
    from releasegate.services.verify import verify as run_verify

    report = run_verify(_register(ctx).store)
    for problem in report.problems:
        typer.echo(problem.line())
    if not report.ok:
        typer.echo(f"verify FAILED: {len(report.problems)} problem(s) in {report.orders} orders")
        raise typer.Exit(1)
    typer.echo(
        f"verify ok: {report.events} events in {report.orders} "
        f"order{'' if report.orders == 1 else 's'}, chains and figures intact"
    )


@app.command()
def diagnose(
    ctx: typer.Context,
    order: Annotated[str, typer.Argument(help="The order.")],
    as_json: JsonOpt = False,
) -> None:
    """Which release problem is this order in, why, and the next step."""
    from dataclasses import asdict

    from releasegate.cli.render import dumps

    result = _register(ctx).diagnose(order)
    if as_json:
        typer.echo(dumps(asdict(result)))
    else:
        typer.echo(f"case: {result.case}\nwhy:  {result.why}\nnext: {result.next}")


@app.command()
def wording(
    ctx: typer.Context,
    order: Annotated[str, typer.Argument(help="The order.")],
    doc: Annotated[str, typer.Option("--doc", help="po-note, hold, release, stop or material.")],
    fmt: Annotated[str, typer.Option("--format", help="text, md or html.")] = "text",
) -> None:
    """Write a document's wording from the recorded state."""
    from releasegate.documents.generate.render import render
    from releasegate.documents.generate.wording import build

    typer.echo(render(build(_register(ctx).state(order), doc), fmt), nl=False)


@app.command()
def check(
    ctx: typer.Context,
    paths: Annotated[
        list[str], typer.Argument(help="Files or folders, checked together as one bundle.")
    ],
    order: Annotated[
        str | None,
        typer.Option("--order", help="Reconcile against this order and use its wording."),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
    rules_only: Annotated[
        bool,
        typer.Option(
            "--rules-only",
            help="Report what the rules find, without the wording model's drops and additions.",
        ),
    ] = False,
) -> None:
    """Check documents for ambiguous release language (RG001-RG012). Exit 3 on findings."""
    from pathlib import Path

    from releasegate.documents.check import CheckInputError, run_check
    from releasegate.domain.errors import BadInput

    fmt = "json" if as_json else fmt
    if fmt not in ("text", "json"):
        raise BadInput(f"--format must be text or json, not {fmt!r}")
    facts = _order_facts(ctx, order) if order else None
    try:
        code = run_check(
            [Path(p) for p in paths],
            "json" if fmt == "json" else "text",
            facts,
            sys.stdout,
            rules_only,
        )
    except CheckInputError as exc:
        raise BadInput(str(exc)) from None
    if code:
        raise typer.Exit(code)


def _order_facts(ctx: typer.Context, order: str) -> OrderFacts:
    from releasegate.services.checking import order_facts

    return order_facts(_register(ctx), order)


@app.command()
def demo(
    ctx: typer.Context,
    file: Annotated[
        str, typer.Option("--file", help="The walk-through's own SQLite file.")
    ] = "releasegate-demo.db",
    fresh: Annotated[bool, typer.Option("--fresh", help="Delete that file first.")] = False,
    serve: Annotated[
        bool, typer.Option("--serve", help="Then serve the same register over HTTP.")
    ] = False,
) -> None:
    """A guided sample-first walk-through: each step's command, its output, status and wording;
    with --serve, then the HTTP service on the same register, with demo logins."""
    from releasegate.cli.demo import walk_through

    walk_through(file, fresh, main, serve)


# ---- the shared service ---------------------------------------------------------------------


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[
        str | None, typer.Option("--host", help="Address to listen on (default 127.0.0.1).")
    ] = None,
    port: Annotated[int | None, typer.Option("--port", help="Port (default 8000).")] = None,
) -> None:
    """Run the HTTP API (/api/v1, docs at /docs) on the register given by --db."""
    import uvicorn

    from releasegate.api.app import create_app
    from releasegate.api.settings import ServiceSettings

    settings = ServiceSettings(db=_settings(ctx).db)
    settings = settings.model_copy(
        update={"host": host or settings.host, "port": port or settings.port}
    )
    _register(ctx)  # fail early, in one line, if the database is not a register
    typer.echo(f"releasegate serving {settings.db} on http://{settings.host}:{settings.port}")
    typer.echo(
        f"  API under /api/v1, interactive docs at http://{settings.host}:{settings.port}/docs"
    )
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="warning")


# `admin create-party` is `party add` under the name an administrator looks for.
admin_app.command("create-party", help="Create a party (the same as party add).")(party_add)


@admin_app.command("create-member")
def admin_create_member(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The member's login name.")],
    party: Annotated[str, typer.Option("--party", help="The member's party.")],
    role: Annotated[list[Role], typer.Option("--role", help="A role; repeat for several.")],
    release_limit: Annotated[
        int | None, typer.Option("--release-limit", help="Largest single release, in units.")
    ] = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
) -> None:
    """Create a member who can log in to the service (asks for the password)."""
    from releasegate.api.auth import set_password

    password = _read_password(password_stdin)
    register = _register(ctx)
    member = register.add_member(name, party, list(dict.fromkeys(role)), release_limit)
    set_password(register, name, password)
    typer.echo(f"member {name} added to {party}: {', '.join(sorted(member.roles))}; can log in")


@admin_app.command("set-password")
def admin_set_password(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The member.")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
) -> None:
    """Set (or reset) a member's password."""
    from releasegate.api.auth import set_password

    set_password(_register(ctx), name, _read_password(password_stdin))
    typer.echo(f"password set for {name}")


@admin_app.command("create-token")
def admin_create_token(
    ctx: typer.Context,
    party: Annotated[str, typer.Option("--party", help="The party the token acts for.")],
    role: Annotated[list[Role], typer.Option("--role", help="A role; repeat for several.")],
    label: Annotated[str, typer.Option("--label", help="What uses it, e.g. print-queue.")],
    days: Annotated[int, typer.Option("--days", help="Days until it expires.")] = 90,
) -> None:
    """Create an API token for a machine. The secret is printed once, as the last line."""
    from releasegate.api.auth import create_token

    secret, record = create_token(
        _register(ctx), party, frozenset(role), label, days, created_by="admin"
    )
    typer.echo(
        f"token {record.id} for {party} ({', '.join(sorted(record.roles))}), "
        f"expires {record.expires_at}; the secret is shown once:"
    )
    typer.echo(secret)


@admin_app.command("revoke-token")
def admin_revoke_token(
    ctx: typer.Context, token_id: Annotated[str, typer.Argument(help="The token's id (tok_...).")]
) -> None:
    """Revoke an API token; it stops working at once."""
    from releasegate.api.auth import revoke_token

    record = revoke_token(_register(ctx), token_id)
    typer.echo(f"token {record.id} ({record.label}) revoked")


@admin_app.command("deliver-webhooks")
def admin_deliver_webhooks(ctx: typer.Context) -> None:
    """Deliver the webhook deliveries that are due now (serve does this by itself)."""
    from releasegate.services.webhooks import deliver_due
    from releasegate.storage.webhooks import WebhookStore

    register = _register(ctx)
    delivered = deliver_due(register)
    typer.echo(f"delivered {delivered}; {WebhookStore(register.store).pending()} still pending")


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(typer.prompt("password", hide_input=True, confirmation_prompt=True))


# ---- the entry point --------------------------------------------------------------------------

_GLOBAL_OPTIONS = ("--db", "--as")


def _hoist_global_options(argv: list[str]) -> list[str]:
    """Let --db and --as stand anywhere on the line, as users write them."""
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest += argv[i:]
            break
        if arg in _GLOBAL_OPTIONS and i + 1 < len(argv):
            front += argv[i : i + 2]
            i += 2
            continue
        if arg.split("=", 1)[0] in _GLOBAL_OPTIONS and "=" in arg:
            front.append(arg)
        else:
            rest.append(arg)
        i += 1
    return front + rest


def main(argv: list[str] | None = None) -> int:
    """Run the CLI on ``argv``; returns the exit code. Errors are one line, never a traceback."""
    from typer import Abort, Exit
    from typer._click.exceptions import ClickException, NoArgsIsHelpError

    from releasegate.domain.errors import BadInput, Refused, ReleaseGateError

    args = _hoist_global_options(list(sys.argv[1:] if argv is None else argv))
    command = typer.main.get_command(app)
    try:
        result = command.main(args=args, prog_name="releasegate", standalone_mode=False)
    except Exit as exc:
        return int(exc.exit_code or 0)
    except Refused as exc:
        _err(f"refused: {exc.rule}: {exc.message}")
        return 3
    except BadInput as exc:
        _err(f"error: {exc.message}")
        return 2
    except NoArgsIsHelpError as exc:
        print(exc.format_message(), file=sys.stderr)
        return 2
    except ClickException as exc:
        _err(f"error: {exc.format_message()}")
        return 2
    except ReleaseGateError as exc:
        _err(f"error: {exc.message}")
        return 1
    except Abort:
        _err("aborted")
        return 130
    except Exception as exc:  # the last guard: no traceback reaches a user
        _err(f"error: {_unexpected(exc)}")
        return 1
    return int(result) if isinstance(result, int) else 0


def _unexpected(exc: Exception) -> str:
    import sqlite3

    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
        return "the database stayed locked by another writer; nothing was changed, try again"
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("psycopg"):
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return f"database error ({first}); nothing was changed"
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc} ({exc.filename})" if exc.filename else str(exc)
    return f"unexpected {type(exc).__name__}: {exc}"


def _err(line: str) -> None:
    print(line.replace("\n", " "), file=sys.stderr)


def run() -> NoReturn:
    sys.exit(main())
