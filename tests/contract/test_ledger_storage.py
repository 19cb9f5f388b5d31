"""The ledger on each engine: schema from migrations, snapshots, and tamper evidence caught by
verify. The same tests run on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from releasegate.domain import commands as cmd
from releasegate.domain.vocabulary import Disposition, MaterialMode, UnlockEvent
from releasegate.services.bootstrap import sqlalchemy_url
from releasegate.storage import snapshot
from releasegate.storage.migrate import SCHEMA_HEAD
from releasegate.storage.tables import metadata
from tests.conftest import Cli
from tests.unit.world import BOSS, DANA, ERIN, OLU, PAT, Ledger

MIGRATIONS = Path(__file__).parents[2] / "src" / "releasegate" / "storage" / "migrations"


def test_migrations_create_exactly_the_schema_the_code_declares(cli: Cli):
    engine = create_engine(sqlalchemy_url(cli.url))
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), metadata)
    engine.dispose()
    assert diff == []


def test_the_code_expects_the_newest_migration():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


@pytest.mark.parametrize("statement", ["UPDATE events SET by = 'x'", "DELETE FROM events"])
def test_the_database_refuses_to_change_or_delete_events(world: Cli, statement: str):
    with pytest.raises(Exception, match="append-only"):
        world.sql(statement)


def test_init_is_idempotent(cli: Cli):
    assert "register ready" in cli.ok("init")


def test_a_snapshot_round_trips_every_part_of_the_state():
    ledger = Ledger()
    terms = cmd.TermsChange(
        UnlockEvent.SAMPLE_SIGNOFF,
        authority=BOSS,
        material_mode=MaterialMode.STAGED,
        material_qty=50,
        auto_convert=20,
        second_approver=True,
    )
    ledger.do(cmd.IssuePO(BOSS, "4500", 10, 100, terms))
    ledger.do(cmd.SignOffSamples(ERIN, Disposition.APPROVED))
    ledger.do(cmd.ReleaseQuantity(BOSS, 30, UnlockEvent.SAMPLE_SIGNOFF, "FAI"))
    ledger.do(cmd.AcknowledgePO(OLU, "4500"))
    ledger.do(cmd.RecordProduction(OLU, 7))
    ledger.do(cmd.StopOrder(DANA, "hold"))
    ledger.do(cmd.RevisePO(PAT, "4500", production_qty=90))
    state = ledger.state
    assert state.pending and state.terms and state.signoff
    again = snapshot.load(
        snapshot.dump(state), state.seq, state.material_bought, state.produced, state.shipped
    )
    assert again == state


# ---- tamper evidence --------------------------------------------------------------------------


@pytest.fixture
def ledger_db(world: Cli) -> Cli:
    """Two orders with some history each."""
    world.ok("po", "issue", "4500", "--order", "ORD-1", "--sample", "10", "--as", "pat")
    world.ok("produce", "ORD-1", "--qty", "4", "--as", "olu")
    world.ok("produce", "ORD-1", "--qty", "3", "--as", "olu")
    world.create_order("P-2", 5, 50, "firm")
    world.ok("po", "issue", "4600", "--order", "ORD-2", "--sample", "5", "--as", "pat")
    world.create_order("P-3", 2, 0, "open")
    assert "verify ok" in world.ok("verify")
    return world


def tamper(cli: Cli, *statements: str) -> str:
    """Change the database behind the register's back, as someone with its password could."""
    cli.sql(*statements, drop_guard=True)
    result = cli("verify")
    assert result.code == 1, result
    return result.out.splitlines()[0]


def test_verify_names_a_changed_event(ledger_db: Cli):
    first = tamper(
        ledger_db,
        "UPDATE events SET data = replace(data, '\"qty\":4', '\"qty\":40') "
        "WHERE order_id = 'ORD-1' AND seq = 5",
    )
    assert first.startswith("event ORD-1#5: (ProductionRecorded) was changed")


def test_verify_names_a_changed_event_even_when_its_hash_was_recomputed(ledger_db: Cli):
    from releasegate.storage.hashing import event_hash

    (row,) = ledger_db.sql(
        "SELECT prev_hash, order_id, seq, type, at, by, data FROM events "
        "WHERE order_id = 'ORD-1' AND seq = 5"
    )
    prev, order, seq, kind, at, by, data = (str(v) for v in row)
    data = data.replace('"qty":4', '"qty":9')
    digest = event_hash(prev, order, int(seq), kind, at, by, data)
    ledger_db.sql(
        f"UPDATE events SET data = '{data}', hash = '{digest}' "
        "WHERE order_id = 'ORD-1' AND seq = 5",
        drop_guard=True,
    )
    first = ledger_db("verify").out.splitlines()[0]
    assert first.startswith("event ORD-1#6: (ProductionRecorded) does not link to event #5")


def test_verify_names_a_removed_event(ledger_db: Cli):
    first = tamper(ledger_db, "DELETE FROM events WHERE order_id = 'ORD-1' AND seq = 5")
    assert first == "event ORD-1#5: is missing (removed)"


def test_verify_names_a_removed_last_event(ledger_db: Cli):
    first = tamper(ledger_db, "DELETE FROM events WHERE order_id = 'ORD-1' AND seq = 6")
    assert first.startswith("event ORD-1#6: is missing")


def test_verify_names_an_inserted_event(ledger_db: Cli):
    first = tamper(
        ledger_db,
        "INSERT INTO events (order_id, seq, type, at, by, data, prev_hash, hash) "
        "SELECT order_id, 7, type, at, by, data, hash, hash FROM events "
        "WHERE order_id = 'ORD-1' AND seq = 6",
    )
    assert first.startswith("event ORD-1#7: ")


def test_verify_names_reordered_events(ledger_db: Cli):
    first = tamper(
        ledger_db,
        "UPDATE events SET seq = -5 WHERE order_id = 'ORD-1' AND seq = 5",
        "UPDATE events SET seq = 5 WHERE order_id = 'ORD-1' AND seq = 6",
        "UPDATE events SET seq = 6 WHERE order_id = 'ORD-1' AND seq = -5",
    )
    assert first.startswith("event ORD-1#5: ")
    assert "changed" in first or "link" in first


def test_verify_catches_the_removal_of_an_orders_whole_history(ledger_db: Cli):
    first = tamper(ledger_db, "DELETE FROM events WHERE order_id = 'ORD-2'")
    assert first.startswith("event ORD-2#1: ")


def test_verify_catches_a_whole_history_removed_with_its_register_entry(ledger_db: Cli):
    first = tamper(
        ledger_db,
        "DELETE FROM events WHERE order_id = 'ORD-2'",
        "DELETE FROM purchase_orders WHERE order_id = 'ORD-2'",
        "DELETE FROM orders WHERE order_id = 'ORD-2'",
    )
    assert first.startswith("event ORD-3#1: does not link to the order created before it")


def test_verify_catches_stored_figures_that_differ_from_the_events(ledger_db: Cli):
    first = tamper(ledger_db, "UPDATE orders SET released = 500 WHERE order_id = 'ORD-1'")
    assert first == "order ORD-1: stored released is 500 but the events give 10"


def test_the_gate_reads_the_projection_that_verify_keeps_honest(ledger_db: Cli):
    status = json.loads(ledger_db.ok("status", "ORD-1", "--json"))
    assert (status["released"], status["produced"]) == (10, 7)
    assert ledger_db("gate", "ORD-1", "--qty", "3").code == 0
    assert ledger_db("gate", "ORD-1", "--qty", "4").code == 3


def test_verify_catches_a_gate_view_that_differs_from_the_events(ledger_db: Cli):
    first = tamper(
        ledger_db,
        'UPDATE orders SET gate = \'{"releases":[["R-1",99,"4500",0]],"staged":null}\' '
        "WHERE order_id = 'ORD-1'",
    )
    assert first.startswith("order ORD-1: stored gate is ")
