"""The sandbox's parts in-process: spec table, record mapping, nonce memory, store, CLI."""

from __future__ import annotations

import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bge_private._signing import compute_sign, new_nonce, utc_timestamp
from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, FaultConfig, Store, create_app
from bge_private_sandbox.auth import Authenticator
from bge_private_sandbox.cli import build_parser, default_db_path
from bge_private_sandbox.errors import ApiError
from bge_private_sandbox.faults import FaultInjector
from bge_private_sandbox.handlers import HANDLERS
from bge_private_sandbox.models import (
    Alignment,
    Library,
    Sample,
    SampleAttributes,
    Sequencing,
    Statistics,
)
from bge_private_sandbox.records import attribute_places
from bge_private_sandbox.spec import load_spec, operations
from bge_private_sandbox.store import default_fixtures
from conftest import StartSandbox


def test_every_operation_of_the_spec_has_a_handler_and_models() -> None:
    ops = operations()
    declared = {
        operation["operationId"]
        for path_item in load_spec()["paths"].values()
        for operation in path_item.values()
    }
    assert {op.operation_id for op in ops} == declared == set(HANDLERS)
    by_id = {op.operation_id: op for op in ops}
    assert by_id["survey_target"].json_fields == {"AND", "OR"}
    assert by_id["get_samples"].response_model.__name__ == "GetSamplesResponse"
    assert all(op.method == "POST" for op in ops)


def test_every_attribute_has_its_place_in_the_sample() -> None:
    places = attribute_places()
    assert set(places) == set(SampleAttributes.model_fields)
    groups = {
        "library": Library,
        "sequencing": Sequencing,
        "statistics": Statistics,
        "alignment": Alignment,
    }
    for group, model in groups.items():
        for name in model.model_fields:
            if name in places:
                assert places[name].group == group
    assert str(places["depth"]) == "statistics.depth"
    assert str(places["sample_id_alt"]) == "external_sample_id.sample_id_alt"
    assert places["budget_execution_unit_id"].group is None
    assert places["sample_time"].group is None
    assert "sample_time" in Sample.model_fields


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _fields(now: float, nonce: str | None = None) -> dict[str, str]:
    fields = {
        "user_id": "5c033e04f89dd15e44d48b7d",
        "app_key": DEMO_APP_KEY,
        "signature_nonce": nonce or new_nonce(),
        "timestamp": utc_timestamp(datetime.fromtimestamp(now, UTC)),
    }
    fields["sign"] = compute_sign(DEMO_APP_SECRET, fields)
    return fields


def test_nonces_are_forgotten_once_their_request_could_not_pass_any_more() -> None:
    clock = Clock(1_800_000_000.0)
    auth = Authenticator({DEMO_APP_KEY: DEMO_APP_SECRET}, Store(), clock=clock)
    first = _fields(clock.now, nonce="nonce-number-one")
    auth.authenticate(first)
    with pytest.raises(ApiError) as replay:
        auth.authenticate(first)
    assert replay.value.code == 40105
    clock.now += 299
    with pytest.raises(ApiError):
        auth.authenticate(first)
    # 301 s on, the timestamp check refuses the old request, and the nonce can go.
    clock.now += 2
    with pytest.raises(ApiError) as stale:
        auth.authenticate(first)
    assert stale.value.code == 40104
    auth.authenticate(_fields(clock.now))
    assert auth.store.count_nonces() == 1
    # A fresh request may reuse that nonce now: no request with the old one can pass.
    auth.authenticate(_fields(clock.now, nonce="nonce-number-one"))


def test_store_improve_is_all_or_nothing() -> None:
    store = Store()
    try:
        biosample_id = store.register_sample(
            project_id="P-W19770800157",
            biosample_site=3,
            external_sample_id=None,
            attributes={"depth": 10.0},
        )
        assert store.improve_sample(biosample_id, {"depth": 10, "coverage": 0.5}) == ["coverage"]
        with pytest.raises(ApiError) as conflict:
            store.improve_sample(biosample_id, {"barcode": "AC", "depth": 11.0})
        assert conflict.value.code == 40901
        (sample,) = store.samples_by_biosample_ids([biosample_id])
        assert sample.sequencing.barcode is None
        assert sample.statistics.depth == 10.0
        assert sample.statistics.coverage == 0.5
        # The fixture samples and this one.
        assert store.count_samples() == len(default_fixtures()["samples"]) + 1
    finally:
        store.close()


def test_create_app_with_faults_wraps_the_app() -> None:
    app = create_app(faults=FaultConfig(rate=0.5, seed=1, delay=0.1))
    assert isinstance(app, FaultInjector)
    assert app.paths == {op.path for op in operations()}
    assert not isinstance(create_app(), FaultInjector)


def test_default_database_location(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_db_path() == tmp_path / "bge-private-sandbox" / "sandbox.db"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert default_db_path() == Path.home() / ".local/share/bge-private-sandbox/sandbox.db"


def test_cli_defaults() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.app_key, args.app_secret) == (
        "127.0.0.1",
        8000,
        DEMO_APP_KEY,
        DEMO_APP_SECRET,
    )
    assert args.faults == 0.0 and not args.access_log
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--faults", "2"])


def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "bge-private-sandbox"
    assert script.exists()
    shown = subprocess.run(
        [str(script), "serve", "--help"], capture_output=True, text=True, check=True
    )
    assert "--fault-seed" in shown.stdout
    assert DEMO_APP_SECRET not in shown.stdout


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_stops_the_server_cleanly(start_sandbox: StartSandbox, signum: int) -> None:
    server = start_sandbox()
    server.process.send_signal(signum)
    assert server.process.wait(10) == 0
    assert "Traceback" not in server.stderr()


def test_the_listening_line_is_all_stdout_says(start_sandbox: StartSandbox) -> None:
    server = start_sandbox("--app-secret", "hidden-secret")
    server.stop()
    lines = server.stdout_path.read_text(encoding="utf-8").splitlines()
    assert lines == [
        f"bge-private-sandbox listening on {server.url} "
        f"(app_key {DEMO_APP_KEY}, db {server.db_path.resolve()})"
    ]
