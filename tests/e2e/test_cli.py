"""The CLI contract, end to end, as a user or a script drives it."""

from __future__ import annotations

import itertools
import json

import pytest

from tests.conftest import Cli


def refusal(cli: Cli, rule: str, *args: str) -> str:
    before = cli.ok("log", "ORD-1", "--json")
    result = cli(*args)
    assert result.code == 3, result
    line = result.err.strip()
    assert line.startswith(f"refused: {rule}: "), line
    assert "\n" not in line
    assert cli.ok("log", "ORD-1", "--json") == before  # nothing changed
    return line


def test_order_create_prints_the_id_last_and_as_json(world: Cli):
    out = world.create_order("P-2", 5, 0, "open", "--json")
    assert json.loads(out) == {"order": "ORD-2"}


def test_the_sample_first_flow_end_to_end(world: Cli):
    world.ok(
        "po",
        "issue",
        "4500",
        "--order",
        "ORD-1",
        "--sample",
        "10",
        "--unlock",
        "sample-signoff",
        "--authority",
        "dana",
        "--as",
        "pat",
    )
    world.ok("po", "ack", "4500", "--as", "olu")
    gate = world("gate", "ORD-1", "--qty", "10")
    assert gate.code == 0 and gate.out.startswith("allowed: ") and "PO 4500 rev 0" in gate.out
    denied = world("gate", "ORD-1", "--qty", "11")
    assert denied.code == 3
    assert denied.out.strip().startswith("denied: over-production: ")
    world.ok("produce", "ORD-1", "--qty", "10", "--as", "olu")
    world.ok("signoff", "ORD-1", "--disposition", "approved", "--as", "erin")
    world.ok("po", "revise", "4500", "--order", "ORD-1", "--production", "300", "--as", "pat")
    world.ok(
        "release",
        "ORD-1",
        "--qty",
        "300",
        "--event",
        "sample-signoff",
        "--ref",
        "FAI-9",
        "--as",
        "dana",
    )
    world.ok("material", "buy", "ORD-1", "--qty", "250", "--as", "olu")
    world.ok("produce", "ORD-1", "--qty", "250", "--as", "olu")
    world.ok("ship", "ORD-1", "--qty", "200", "--as", "olu")
    status = json.loads(world.ok("status", "ORD-1", "--json"))
    expected = {
        "order": "ORD-1",
        "part": "BRKT-100",
        "rev": "B",
        "basis": "forecast",
        "sample_qty": 10,
        "production_qty": 500,
        "covered": 310,
        "released": 310,
        "produced": 260,
        "shipped": 200,
        "material_authorized": 310,
        "material_bought": 250,
        "on_hold": 200,
        "stopped": False,
        "signoff": "approved",
        "may_start": 50,
    }
    assert {k: status[k] for k in expected} == expected
    assert "verify ok" in world.ok("verify")


def test_status_json_reports_a_stop_as_zero_may_start(world: Cli):
    world.ok("po", "issue", "4500", "--order", "ORD-1", "--sample", "10", "--as", "pat")
    world.ok("stop", "ORD-1", "--reason", "drawing change", "--as", "dana")
    status = json.loads(world.ok("status", "ORD-1", "--json"))
    assert (status["stopped"], status["may_start"], status["released"]) == (True, 0, 10)
    gate = world("gate", "ORD-1", "--qty", "1")
    assert gate.code == 3 and gate.out.startswith("denied: stopped: ")
    world.ok("resume", "ORD-1", "--as", "dana")
    assert world("gate", "ORD-1", "--qty", "1").code == 0


def test_log_json_lists_hash_chained_events(world: Cli):
    world.ok("po", "issue", "4500", "--order", "ORD-1", "--sample", "10", "--as", "pat")
    events = json.loads(world.ok("log", "ORD-1", "--json"))
    assert [e["type"] for e in events] == [
        "OrderCreated",
        "POIssued",
        "TermsStated",
        "QuantityReleased",
    ]
    assert [e["seq"] for e in events] == [1, 2, 3, 4]
    for prev, event in itertools.pairwise(events):
        assert event["prev_hash"] == prev["hash"]
    assert {"seq", "type", "at", "by", "data", "hash"} <= set(events[0])
    assert events[1]["by"] == "pat" and events[1]["data"]["po"] == "4500"


@pytest.mark.parametrize(
    ("rule", "setup", "args"),
    [
        ("over-production", [], ["produce", "ORD-1", "--qty", "11", "--as", "olu"]),
        (
            "over-release",
            [],
            ["release", "ORD-1", "--qty", "5", "--event", "written-release", "--as", "dana"],
        ),
        ("over-material", [], ["material", "buy", "ORD-1", "--qty", "11", "--as", "olu"]),
        ("over-shipment", [], ["ship", "ORD-1", "--qty", "1", "--as", "olu"]),
        (
            "unlock-event-missing",
            [["po", "revise", "4500", "--order", "ORD-1", "--production", "100", "--as", "pat"]],
            ["release", "ORD-1", "--qty", "50", "--event", "sample-signoff", "--as", "dana"],
        ),
        ("not-authorized", [], ["produce", "ORD-1", "--qty", "1", "--as", "oscar"]),
        (
            "not-authorized",
            [],
            ["release", "ORD-1", "--qty", "1", "--event", "sample-signoff", "--as", "pat"],
        ),
        (
            "over-limit",
            [
                [
                    "po",
                    "revise",
                    "4500",
                    "--order",
                    "ORD-1",
                    "--production",
                    "200",
                    "--unlock",
                    "written-release",
                    "--as",
                    "pat",
                ]
            ],
            ["release", "ORD-1", "--qty", "150", "--event", "written-release", "--as", "sam"],
        ),
        (
            "needs-second-approver",
            [
                [
                    "po",
                    "revise",
                    "4500",
                    "--order",
                    "ORD-1",
                    "--production",
                    "100",
                    "--unlock",
                    "written-release",
                    "--second-approver",
                    "--as",
                    "pat",
                ],
                ["release", "ORD-1", "--qty", "50", "--event", "written-release", "--as", "dana"],
            ],
            ["release", "ORD-1", "--approve", "R-2", "--as", "dana"],
        ),
        (
            "stopped",
            [["stop", "ORD-1", "--reason", "quality", "--as", "dana"]],
            ["produce", "ORD-1", "--qty", "1", "--as", "olu"],
        ),
        (
            "cover-below-released",
            [],
            ["po", "revise", "4500", "--order", "ORD-1", "--sample", "5", "--as", "pat"],
        ),
    ],
)
def test_every_refusal_rule_is_one_line_with_exit_3_and_changes_nothing(
    world: Cli, rule, setup, args
):
    world.ok(
        "po",
        "issue",
        "4500",
        "--order",
        "ORD-1",
        "--sample",
        "10",
        "--unlock",
        "sample-signoff",
        "--as",
        "pat",
    )
    for step in setup:
        world.ok(*step)
    refusal(world, rule, *args)


def test_a_second_approver_completes_the_release(world: Cli):
    world.ok(
        "po",
        "issue",
        "4500",
        "--order",
        "ORD-1",
        "--sample",
        "10",
        "--production",
        "100",
        "--unlock",
        "written-release",
        "--second-approver",
        "--as",
        "pat",
    )
    out = world.ok("release", "ORD-1", "--qty", "50", "--event", "written-release", "--as", "dana")
    assert "awaits a second approver" in out
    assert json.loads(world.ok("status", "ORD-1", "--json"))["released"] == 10
    world.ok("release", "ORD-1", "--approve", "R-2", "--as", "sam")
    status = json.loads(world.ok("status", "ORD-1", "--json"))
    assert status["released"] == 60
    assert status["releases"][-1]["authorized_by"] == ["dana", "sam"]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["produce", "ORD-9", "--qty", "1", "--as", "olu"], "unknown order 'ORD-9'"),
        (["produce", "ORD-1", "--qty", "x", "--as", "olu"], "Invalid value for '--qty'"),
        (["produce", "ORD-1", "--qty", "-2", "--as", "olu"], "positive whole number"),
        (["produce", "ORD-1", "--qty", "1", "--as", "nobody"], "unknown member 'nobody'"),
        (["produce", "ORD-1", "--qty", "1"], "no acting member"),
        (["gate", "ORD-1", "--qty", "1", "--bogus"], "No such option"),
        (
            [
                "order",
                "create",
                "--buyer",
                "Acme",
                "--supplier",
                "Printfarm",
                "--part",
                "X",
                "--sample-qty",
                "1",
                "--production-qty",
                "1",
                "--basis",
                "maybe",
                "--as",
                "pat",
            ],
            "maybe",
        ),
        (["member", "add", "zed", "--party", "Nope", "--role", "viewer"], "unknown party"),
        (
            [
                "po",
                "issue",
                "1",
                "--order",
                "ORD-1",
                "--material",
                "staged",
                "--sample",
                "1",
                "--as",
                "pat",
            ],
            "--material-qty",
        ),
        (["signoff", "ORD-1", "--disposition", "interim", "--as", "erin"], "interim"),
        (["wording", "ORD-1", "--doc", "memo"], "--doc must be one of"),
    ],
)
def test_bad_input_is_one_line_with_exit_2(world: Cli, args, needle):
    result = world(*args)
    assert result.code == 2, result
    line = result.err.strip()
    assert "\n" not in line and line.startswith("error: ")
    assert needle in line
    assert "Traceback" not in result.err + result.out


def test_duplicate_po_numbers_are_refused_per_buyer(world: Cli):
    world.ok("po", "issue", "4500", "--order", "ORD-1", "--sample", "10", "--as", "pat")
    world.create_order("P-2", 5, 0, "open")
    result = world("po", "issue", "4500", "--order", "ORD-2", "--sample", "5", "--as", "pat")
    assert result.code == 3 and result.err.startswith("refused: duplicate: ")


def test_global_options_may_stand_after_the_command(world: Cli, monkeypatch):
    monkeypatch.setenv("RELEASEGATE_AS", "pat")
    world.ok("po", "issue", "4500", "--order", "ORD-1", "--sample", "10")
    out = world.ok("produce", "ORD-1", "--qty", "2", "--as", "olu")
    assert "produced 2" in out


def test_reading_commands_need_no_acting_member(world: Cli):
    world.ok("po", "issue", "4500", "--order", "ORD-1", "--sample", "10", "--as", "pat")
    for args in (
        ["status", "ORD-1"],
        ["log", "ORD-1"],
        ["gate", "ORD-1", "--qty", "1"],
        ["diagnose", "ORD-1"],
        ["wording", "ORD-1", "--doc", "po-note"],
        ["verify"],
    ):
        world.ok(*args)


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_wording_comes_from_the_recorded_state_in_each_format(world: Cli, fmt):
    world.ok("po", "issue", "4500", "--order", "ORD-1", "--sample", "10", "--as", "pat")
    out = world.ok("wording", "ORD-1", "--doc", "po-note", "--format", fmt)
    assert "10 units" in " ".join(out.split()) and "4500" in out


def test_diagnose_walks_the_cases_with_an_exact_next_command(world: Cli):
    def case() -> dict[str, str]:
        result: dict[str, str] = json.loads(world.ok("diagnose", "ORD-1", "--json"))
        return result

    world.ok(
        "po",
        "issue",
        "4500",
        "--order",
        "ORD-1",
        "--sample",
        "10",
        "--unlock",
        "sample-signoff",
        "--authority",
        "dana",
        "--as",
        "pat",
    )
    assert case()["case"] == "sample-po-only"
    assert "releasegate signoff ORD-1 --disposition approved --as erin" in case()["next"]
    world.ok("po", "revise", "4500", "--order", "ORD-1", "--production", "500", "--as", "pat")
    assert case()["case"] == "po-not-release"
    world.ok("signoff", "ORD-1", "--disposition", "approved", "--as", "erin")
    result = case()
    assert result["case"] == "sample-approved-first"
    assert "releasegate release ORD-1 --qty 500 --event sample-signoff" in result["next"]
    world.ok("release", "ORD-1", "--qty", "100", "--event", "sample-signoff", "--as", "dana")
    assert case()["case"] == "forecast-over-release"
    world.ok("release", "ORD-1", "--qty", "400", "--event", "sample-signoff", "--as", "dana")
    assert case()["case"] == "clear"


def test_diagnose_reports_a_written_hold_when_approval_is_not_the_trigger(world: Cli):
    world.ok(
        "po",
        "issue",
        "4500",
        "--order",
        "ORD-1",
        "--sample",
        "10",
        "--production",
        "500",
        "--unlock",
        "internal-approval",
        "--as",
        "pat",
    )
    world.ok("signoff", "ORD-1", "--disposition", "approved", "--as", "erin")
    result = json.loads(world.ok("diagnose", "ORD-1", "--json"))
    assert result["case"] == "written-hold" and "internal-approval" in result["why"]


def test_commands_on_a_missing_database_say_to_run_init(tmp_path, capsys):
    from releasegate.cli.main import main

    code = main(["--db", f"sqlite:///{tmp_path}/none.db", "status", "ORD-1"])
    err = capsys.readouterr().err
    assert code == 2 and "run releasegate init" in err
    assert not (tmp_path / "none.db").exists()


def test_diagnose_suggests_only_commands_the_register_would_accept(world: Cli):
    world.ok(
        "po",
        "issue",
        "4500",
        "--order",
        "ORD-1",
        "--sample",
        "10",
        "--production",
        "500",
        "--unlock",
        "written-release",
        "--second-approver",
        "--as",
        "pat",
    )
    world.ok("release", "ORD-1", "--qty", "50", "--event", "written-release", "--as", "dana")
    step = json.loads(world.ok("diagnose", "ORD-1", "--json"))["next"]
    assert step.startswith("releasegate release ORD-1 --approve R-2 --as sam")
    world.ok(*step.split(" (")[0].split()[1:])
    step = json.loads(world.ok("diagnose", "ORD-1", "--json"))["next"]
    assert "--qty 450" in step and "--as dana" in step


def test_diagnose_keeps_a_release_within_the_authoritys_limit_and_the_interim_signoff(world: Cli):
    world.ok(
        "po",
        "issue",
        "4500",
        "--order",
        "ORD-1",
        "--sample",
        "10",
        "--production",
        "500",
        "--unlock",
        "sample-signoff",
        "--authority",
        "sam",
        "--as",
        "pat",
    )
    world.ok("signoff", "ORD-1", "--disposition", "interim", "--qty", "80", "--as", "erin")
    step = json.loads(world.ok("diagnose", "ORD-1", "--json"))["next"]
    assert "--qty 80" in step and "--as sam" in step
    world.ok("signoff", "ORD-1", "--disposition", "approved", "--as", "erin")
    step = json.loads(world.ok("diagnose", "ORD-1", "--json"))["next"]
    assert "--qty 100" in step and "release limit is 100" in step
    world.ok(*step.split(" (")[0].split()[1:])
