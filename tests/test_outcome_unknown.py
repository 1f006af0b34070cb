"""A write whose answer is lost: the lookup within the call's budget, OutcomeUnknownError when
nobody can tell, and create_if_absent for sending again safely (issue 12, item 3)."""

from __future__ import annotations

import asyncio
import re
import textwrap
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import yaml

from bge_private import (
    APIStatusError,
    APITimeoutError,
    AsyncPrivateAPI,
    BGEError,
    OutcomeUnknownError,
    PrivateAPI,
    RequestValidationError,
)
from bge_private._lookup import Lookup, idempotency_from_spec
from bge_private._operations import idempotency

PROJECT = "P-W19770800157"
OTHER_PROJECT = "P-M19585209935"
NEW_ID = "E-U19342736148"
REGISTER = "/openbge/samples/register"
LOOKUP = "/openbge/samples"
ROOT = Path(__file__).resolve().parents[1]


class Before:
    """A register_sample failure that happens before the platform stores anything."""

    def __init__(self, error: Exception) -> None:
        self.error = error


Failure = httpx.Response | Exception | Before


class Platform:
    """A mock platform with a sample store; each path fails with its queued failures first.

    A queued failure of register_sample is "after": the sample is stored, then the answer lost.
    """

    def __init__(
        self, register: list[Failure] | None = None, lookup: list[Failure] | None = None
    ) -> None:
        self.failures = {REGISTER: list(register or []), LOOKUP: list(lookup or [])}
        self.samples: list[dict[str, Any]] = []
        self.paths: list[str] = []

    def store(self, external_id: str, project_id: str = PROJECT) -> None:
        self.samples.append(
            {
                "biosample_id": f"E-S{len(self.samples):011d}",
                "external_sample_id": {"sample_id": external_id, "sample_id_alt": None},
                "project": [{"project_id": project_id, "project_name": "x"}],
            }
        )

    def __call__(self, request: httpx.Request) -> httpx.Response:
        form = dict(parse_qsl(request.content.decode()))
        path = request.url.path
        self.paths.append(path)
        queued = self.failures[path]
        if path == REGISTER:
            failure = queued.pop(0) if queued else None
            if isinstance(failure, Before):
                raise failure.error
            self.store(form.get("external_sample_id", ""), form["project_id"])
            if failure is None:
                return ok({"biosample_id": self.samples[-1]["biosample_id"]})
        else:
            failure = queued.pop(0) if queued else None
            if failure is None:
                wanted = form["external_sample_id"].split(",")
                found = [s for s in self.samples if s["external_sample_id"]["sample_id"] in wanted]
                pagination = {"page": 1, "limit": 50, "count": len(found), "total": len(found)}
                return ok(found, pagination=pagination)
        if isinstance(failure, Exception):
            raise failure
        assert isinstance(failure, httpx.Response)
        return failure


def ok(data: Any, **extra: Any) -> httpx.Response:
    return httpx.Response(200, json={"code": 0, "msg": "success", "data": data, **extra})


def busy() -> httpx.Response:
    return httpx.Response(503, headers={"Retry-After": "0"}, text="busy")


def lost() -> Exception:
    return httpx.ReadTimeout("no answer")


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    recorded: list[float] = []
    monkeypatch.setattr("bge_private._client.time.sleep", recorded.append)
    return recorded


def client(platform: Platform, **options: Any) -> PrivateAPI:
    return PrivateAPI(
        "outcome-key",
        "outcome-secret",
        endpoint="http://platform.test",
        transport=httpx.MockTransport(platform),
        **options,
    )


def register(api: PrivateAPI, external_id: str | None = "S1") -> Any:
    extra = {} if external_id is None else {"external_sample_id": external_id}
    return api.register_sample(biosample_site=11, project_id=PROJECT, **extra)


# ------------------------------------------------------------------ the lookup is a read


def test_lookup_failures_are_retried_within_the_calls_budget(sleeps: list[float]) -> None:
    platform = Platform(register=[lost()], lookup=[busy(), lost()])
    result = register(client(platform))
    assert result == {"biosample_id": platform.samples[0]["biosample_id"]}
    assert platform.paths == [REGISTER, LOOKUP, LOOKUP, LOOKUP], "1 + max_retries sends in all"
    assert len(platform.samples) == 1


def test_lookup_that_keeps_failing_raises_outcome_unknown(sleeps: list[float]) -> None:
    platform = Platform(register=[lost()], lookup=[busy()] * 10)
    with pytest.raises(OutcomeUnknownError) as caught:
        register(client(platform))
    error = caught.value
    assert error.operation == "register_sample"
    assert error.lookup_key == {"external_sample_id": "S1", "project_id": PROJECT}
    assert error.attempts == 4 and len(platform.paths) == 4
    assert isinstance(error.__cause__, APITimeoutError)
    assert error.__cause__.operation == "register_sample", "the write's lost answer"
    assert isinstance(error.lookup_error, APIStatusError)
    assert error.lookup_error.status_code == 503
    text = str(error)
    assert text.startswith(
        "register_sample: outcome unknown after 4 attempts for external_sample_id='S1', "
        f"project_id='{PROJECT}': the answer was lost (no answer from http://platform.test "
        "after 1 attempt (18 s read timeout)) and looking it up with get_samples failed (HTTP 503"
    )
    assert "with_options(create_if_absent=True)" in text
    assert not str(error).startswith("get_samples")
    assert len(platform.samples) == 1, "not sent again blindly"


def test_a_lookup_that_is_refused_for_good_also_means_unknown(sleeps: list[float]) -> None:
    refused = httpx.Response(200, json={"code": 50001, "msg": "internal error", "data": None})
    platform = Platform(register=[lost()], lookup=[refused])
    with pytest.raises(OutcomeUnknownError) as caught:
        register(client(platform))
    assert caught.value.operation == "register_sample"
    assert platform.paths == [REGISTER, LOOKUP]


def test_the_budget_is_shared_by_writes_and_lookups(sleeps: list[float]) -> None:
    platform = Platform(register=[lost()], lookup=[lost(), lost()])
    with pytest.raises(OutcomeUnknownError):
        register(client(platform, max_retries=2))
    assert platform.paths == [REGISTER, LOOKUP, LOOKUP]

    nothing_left = Platform(register=[lost()])
    with pytest.raises(OutcomeUnknownError) as caught:
        register(client(nothing_left, max_retries=0))
    assert nothing_left.paths == [REGISTER]
    assert "no attempt was left to look it up" in str(caught.value)


def test_lookup_that_finds_nothing_with_no_budget_left_raises_the_original_error(
    sleeps: list[float],
) -> None:
    # Lost before the platform stored anything, so the lookup finds nothing: nothing was done.
    platform = Platform(register=[Before(lost())])
    with pytest.raises(APITimeoutError) as caught:
        register(client(platform, max_retries=1))
    assert platform.paths == [REGISTER, LOOKUP] and platform.samples == []
    assert caught.value.operation == "register_sample"
    assert any("found no trace of it" in note for note in caught.value.__notes__)


@pytest.mark.parametrize(
    "failure",
    [lost(), httpx.RemoteProtocolError("dropped"), httpx.Response(502), httpx.Response(504)],
    ids=["timeout", "dropped", "502", "504"],
)
def test_write_without_lookup_key_and_lost_answer_is_outcome_unknown(
    failure: Failure, sleeps: list[float]
) -> None:
    platform = Platform(register=[failure])
    with pytest.raises(OutcomeUnknownError) as caught:
        register(client(platform), external_id=None)
    assert caught.value.operation == "register_sample" and caught.value.lookup_key is None
    assert isinstance(caught.value.__cause__, BGEError)
    assert "give external_sample_id to make it recoverable" in str(caught.value)
    assert platform.paths == [REGISTER] and len(platform.samples) == 1


# ------------------------------------------------------------------ sending again safely


def test_create_if_absent_returns_the_existing_sample_without_writing(
    sleeps: list[float],
) -> None:
    platform = Platform()
    platform.store("S1", OTHER_PROJECT)
    platform.store("S1", PROJECT)
    api = client(platform).with_options(create_if_absent=True)
    assert register(api) == {"biosample_id": platform.samples[1]["biosample_id"]}
    assert platform.paths == [LOOKUP], "one read, no write"
    assert len(platform.samples) == 2


def test_create_if_absent_creates_when_absent(sleeps: list[float]) -> None:
    platform = Platform()
    platform.store("S1", OTHER_PROJECT)  # the same external id in another project
    safe = client(platform).with_options(create_if_absent=True)
    assert safe.create_if_absent is True
    assert register(safe) == {"biosample_id": platform.samples[1]["biosample_id"]}
    assert platform.paths == [LOOKUP, REGISTER], "the cost: one extra read"
    assert register(safe) == {"biosample_id": platform.samples[1]["biosample_id"]}
    assert len(platform.samples) == 2, "sending it again does not duplicate"


def test_create_if_absent_needs_the_lookup_key(sleeps: list[float]) -> None:
    platform = Platform()
    with pytest.raises(RequestValidationError) as caught:
        register(client(platform).with_options(create_if_absent=True), external_id=None)
    assert "cannot be looked up without external_sample_id" in str(caught.value)
    assert platform.paths == []


def test_create_if_absent_whose_lookup_fails_names_the_write(sleeps: list[float]) -> None:
    platform = Platform(lookup=[busy()] * 10)
    with pytest.raises(OutcomeUnknownError) as caught:
        register(client(platform, max_retries=1).with_options(create_if_absent=True))
    assert caught.value.operation == "register_sample"
    assert caught.value.lookup_key == {"external_sample_id": "S1", "project_id": PROJECT}
    assert caught.value.__cause__ is None and platform.paths == [LOOKUP, LOOKUP]


def test_reads_are_unaffected_by_create_if_absent(sleeps: list[float]) -> None:
    platform = Platform()
    platform.store("S7")
    page = client(platform).with_options(create_if_absent=True).get_samples(external_sample_id="S7")
    assert page["total"] == 1 and platform.paths == [LOOKUP]


def test_async_client_raises_and_recovers_the_same_way(monkeypatch: pytest.MonkeyPatch) -> None:
    async def no_sleep(seconds: float) -> None:
        return None

    monkeypatch.setattr("asyncio.sleep", no_sleep)
    platform = Platform(register=[lost()], lookup=[busy()] * 3)

    async def run() -> tuple[BaseException | None, Any]:
        async with AsyncPrivateAPI(
            "k", "s", endpoint="http://platform.test", transport=httpx.MockTransport(platform)
        ) as api:
            failure: BaseException | None = None
            try:
                await api.register_sample(
                    biosample_site=11, project_id=PROJECT, external_sample_id="A"
                )
            except BGEError as error:
                failure = error
            safe = api.with_options(create_if_absent=True)
            return failure, await safe.register_sample(
                biosample_site=11, project_id=PROJECT, external_sample_id="A"
            )

    failure, again = asyncio.run(run())
    assert isinstance(failure, OutcomeUnknownError) and failure.operation == "register_sample"
    assert again == {"biosample_id": platform.samples[0]["biosample_id"]}
    assert len(platform.samples) == 1


# ------------------------------------------------------------------ the lookup as data


def test_the_declaration_matches_the_spec_readme_format() -> None:
    text = (ROOT / "spec" / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(\s*x-idempotent:.*?)\n\s*```", text, re.DOTALL)
    assert block is not None, "spec/README.md documents x-idempotent with a yaml example"
    declared = yaml.safe_load(textwrap.dedent(block.group(1)))["x-idempotent"]
    # The README's example is what the spec declares for register_sample, and what the client
    # reads from the generated layer.
    assert idempotency_from_spec(declared) == idempotency("register_sample")
    assert idempotency_from_spec(True) is True and idempotency_from_spec(False) is False
    with pytest.raises(ValueError, match="x-idempotent must be"):
        idempotency_from_spec({"lookup": "get_samples"})


def test_one_generic_interpreter_reads_any_lookup() -> None:
    # A made-up write: "create_order" found again by its client reference in a list_orders read.
    rule = Lookup(
        operation="list_orders",
        when=("reference",),
        request={"ref": "reference"},
        match={"reference": "reference", "lines[].sku": "sku"},
        result={"order_id": "id"},
        items="orders",
    )
    fields = {"reference": "R-1", "sku": 42, "quantity": 3}
    assert rule.applies(fields) and not rule.applies({"sku": 42})
    assert rule.request_fields(fields) == {"ref": "R-1"}
    assert rule.key(fields) == {"reference": "R-1", "sku": 42}
    data = {
        "orders": [
            {"id": "o1", "reference": "R-1", "lines": [{"sku": "41"}]},
            {"id": "o2", "reference": "R-1", "lines": [{"sku": "7"}, {"sku": "42"}]},
        ]
    }
    assert rule.find(data, fields) == {"order_id": "o2"}
    assert rule.find({"orders": []}, fields) is None
    with pytest.raises(ValueError):
        rule.find({"orders": "nope"}, fields)
    with pytest.raises(TypeError):
        rule.request["ref"] = "changed"  # type: ignore[index]
