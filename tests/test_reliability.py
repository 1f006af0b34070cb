"""Retries, re-signing, duplicate-free registration and typed errors, over a mock transport."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

import bge_private
from bge_private import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    BGEError,
    InvalidResponseError,
    OutcomeUnknownError,
    RequestValidationError,
)
from bge_private._signing import verify_sign

APP_KEY = "reliability-key"
APP_SECRET = "reliability-secret-Zx9!"
SAMPLE_ID = "E-U19342736148"
PROJECT = "P-W19770800157"

Handler = Callable[[httpx.Request], httpx.Response]


def ok(data: Any, **extra: Any) -> httpx.Response:
    return httpx.Response(200, json={"code": 0, "msg": "success", "data": data, **extra})


def sample_page(samples: list[dict[str, Any]]) -> httpx.Response:
    pagination = {"page": 1, "limit": 50, "count": len(samples), "total": len(samples)}
    return ok(samples, pagination=pagination)


def registered(external_id: str, project_id: str = PROJECT) -> dict[str, Any]:
    """The fields of a sample record that the duplicate check reads."""
    return {
        "biosample_id": SAMPLE_ID,
        "external_sample_id": {"sample_id": external_id, "sample_id_alt": None},
        "project": [{"project_id": project_id}],
    }


class Recorder:
    """A mock platform: answers with the handler, keeps every request's decoded form."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.forms: list[dict[str, str]] = []
        self.paths: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.forms.append(dict(parse_qsl(request.content.decode(), keep_blank_values=True)))
        self.paths.append(request.url.path)
        return self.handler(request)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Backoff sleeps, recorded instead of slept."""
    recorded: list[float] = []
    monkeypatch.setattr("bge_private._client.time.sleep", recorded.append)
    return recorded


def client(handler: Handler, **options: Any) -> tuple[bge_private.PrivateAPI, Recorder]:
    recorder = Recorder(handler)
    api = bge_private.PrivateAPI(
        APP_KEY,
        APP_SECRET,
        endpoint="http://platform.test",
        transport=httpx.MockTransport(recorder),
        **options,
    )
    return api, recorder


def failing_then(failures: list[Any], final: Handler) -> Handler:
    """Fails with each of `failures` in turn (an exception or a Response), then answers."""
    remaining = list(failures)

    def handler(request: httpx.Request) -> httpx.Response:
        if remaining:
            failure = remaining.pop(0)
            if isinstance(failure, Exception):
                raise failure
            return failure  # type: ignore[no-any-return]
        return final(request)

    return handler


# ----------------------------------------------------------------------------- retries


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("dropped"),
        httpx.Response(408),
        httpx.Response(429, headers={"Retry-After": "2"}),
        httpx.Response(502, text="<html>bad gateway</html>"),
        httpx.Response(503, headers={"Retry-After": "1"}),
        httpx.Response(504),
        httpx.Response(200, json={"code": 42901, "msg": "slow down", "data": None}),
        httpx.Response(200, json={"code": 50301, "msg": "busy", "data": None}),
        httpx.Response(200, text='{"code": 0, "msg": "succ'),
    ],
    ids=lambda f: (
        type(f).__name__ if isinstance(f, Exception) else f"{f.status_code}-{f.text[:12]}"
    ),
)
def test_retryable_failures_are_retried_and_signed_anew(failure: Any, sleeps: list[float]) -> None:
    api, recorder = client(failing_then([failure, failure], lambda r: ok({"total": 22})))
    assert api.question_size("5c033e04f89dd15e44d48b7d") == {"total": 22}
    assert len(recorder.forms) == 3
    nonces = {form["signature_nonce"] for form in recorder.forms}
    assert len(nonces) == 3, "every attempt has its own nonce"
    assert all(verify_sign(APP_SECRET, form) for form in recorder.forms)
    assert len(sleeps) == 2


def test_retry_after_is_honoured(sleeps: list[float]) -> None:
    busy = httpx.Response(503, headers={"Retry-After": "3"})
    api, _ = client(failing_then([busy], lambda r: ok({"total": 1})))
    api.question_size("5c033e04f89dd15e44d48b7d")
    assert sleeps == [3.0]


def test_backoff_grows_with_jitter_and_is_capped(sleeps: list[float]) -> None:
    api, recorder = client(lambda r: httpx.Response(502), max_retries=8)
    with pytest.raises(APIStatusError) as caught:
        api.question_size("5c033e04f89dd15e44d48b7d")
    assert caught.value.status_code == 502
    assert len(recorder.forms) == 9
    assert 0.25 <= sleeps[0] <= 0.5
    assert 0.5 <= sleeps[1] <= 1.0
    assert all(s <= 8.0 for s in sleeps)
    assert max(sleeps) >= 4.0
    ceilings = [min(8.0, 0.5 * 2**attempt) for attempt in range(8)]
    assert sleeps != ceilings, "delays are jittered"


@pytest.mark.parametrize(
    "answer, error",
    [
        (httpx.Response(400, text="bad request"), APIStatusError),
        (httpx.Response(500, text="oops"), APIStatusError),
        (httpx.Response(200, json={"code": 40001, "msg": "bad", "data": {"field": "x"}}), APIError),
        (httpx.Response(200, json={"code": 40103, "msg": "wrong sign", "data": None}), APIError),
    ],
)
def test_final_failures_are_not_retried(
    answer: httpx.Response, error: type, sleeps: list[float]
) -> None:
    api, recorder = client(lambda r: answer)
    with pytest.raises(error) as caught:
        api.question_size("5c033e04f89dd15e44d48b7d")
    assert len(recorder.forms) == 1
    assert caught.value.operation == "question_size"
    assert sleeps == []


def test_api_error_keeps_code_msg_and_data() -> None:
    answer = {"code": 40901, "msg": "depth already set", "data": {"depth": 3}}
    api, _ = client(lambda r: httpx.Response(200, json=answer))
    with pytest.raises(APIError) as caught:
        api.improve_sample("E-B19137107158", depth=1)
    assert (caught.value.code, caught.value.msg, caught.value.data) == (
        40901,
        "depth already set",
        {"depth": 3},
    )
    assert "improve_sample" in str(caught.value) and "40901" in str(caught.value)


def test_max_retries_per_client_and_per_call(sleeps: list[float]) -> None:
    api, recorder = client(lambda r: httpx.Response(503), max_retries=1)
    with pytest.raises(APIStatusError):
        api.question_size("5c033e04f89dd15e44d48b7d")
    assert len(recorder.forms) == 2
    with pytest.raises(APIStatusError):
        api.with_options(max_retries=4).question_size("5c033e04f89dd15e44d48b7d")
    assert len(recorder.forms) == 2 + 5
    assert api.max_retries == 1, "with_options does not change the original client"


def test_exhausted_retries_raise_the_typed_error(sleeps: list[float]) -> None:
    api, recorder = client(failing_then([httpx.ReadTimeout("slow")] * 10, lambda r: ok({})))
    with pytest.raises(APITimeoutError) as caught:
        api.question_size("5c033e04f89dd15e44d48b7d")
    assert len(recorder.forms) == 4  # default max_retries=3
    assert isinstance(caught.value, APIConnectionError) and caught.value.request_sent


def test_validation_error_sends_nothing() -> None:
    api, recorder = client(lambda r: ok({}))
    with pytest.raises(RequestValidationError) as caught:
        api.register_sample(biosample_site=15, project_id=PROJECT)
    assert recorder.forms == []
    assert "biosample_site" in str(caught.value) and caught.value.operation == "register_sample"
    assert isinstance(caught.value, ValueError)


# ----------------------------------------------------------------------------- no duplicates


def _platform(lost: list[Any], store: list[dict[str, Any]]) -> Handler:
    """register_sample creates a sample, then loses the answer in the ways listed in `lost`."""

    def handler(request: httpx.Request) -> httpx.Response:
        form = dict(parse_qsl(request.content.decode()))
        if request.url.path == "/openbge/samples/register":
            if lost and isinstance(lost[0], httpx.ConnectError):
                raise lost.pop(0)  # refused: nothing reached the platform
            store.append(registered(form.get("external_sample_id", ""), form["project_id"]))
            if lost:
                failure = lost.pop(0)
                if isinstance(failure, Exception):
                    raise failure
                return failure  # type: ignore[no-any-return]
            return ok({"biosample_id": SAMPLE_ID})
        wanted = form["external_sample_id"].split(",")
        return sample_page([s for s in store if s["external_sample_id"]["sample_id"] in wanted])

    return handler


@pytest.mark.parametrize(
    "lost",
    [
        httpx.ReadTimeout("no answer"),
        httpx.RemoteProtocolError("server disconnected"),
        httpx.Response(200, text='{"code": 0, "msg": "success", "da'),
        httpx.Response(504),
    ],
    ids=["timeout", "dropped", "truncated", "504"],
)
def test_lost_answer_with_external_id_returns_the_existing_sample(
    lost: Any, sleeps: list[float]
) -> None:
    store: list[dict[str, Any]] = []
    api, recorder = client(_platform([lost], store))
    result = api.register_sample(
        biosample_site=11, project_id=PROJECT, external_sample_id="S0ad004", depth=46.612
    )
    assert result == {"biosample_id": SAMPLE_ID}
    assert len(store) == 1, "no second sample"
    assert recorder.paths == ["/openbge/samples/register", "/openbge/samples"]


def test_lookup_ignores_same_external_id_in_another_project(sleeps: list[float]) -> None:
    store = [registered("S0ad004", project_id="P-M19585209935")]
    api, _ = client(_platform([httpx.ReadTimeout("no answer")], store))
    # The platform stored the sample in our project, then the answer was lost.
    result = api.register_sample(
        biosample_site=11, project_id=PROJECT, external_sample_id="S0ad004"
    )
    assert result == {"biosample_id": SAMPLE_ID}
    assert [s["project"][0]["project_id"] for s in store] == ["P-M19585209935", PROJECT]


def test_lookup_that_finds_nothing_registers_again(sleeps: list[float]) -> None:
    store: list[dict[str, Any]] = []
    refused_after_send = httpx.ReadTimeout("no answer")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/openbge/samples/register":
            if len(recorder.paths) == 1:
                raise refused_after_send  # lost before the platform stored anything
            store.append(registered("S1", PROJECT))
            return ok({"biosample_id": SAMPLE_ID})
        return sample_page([])

    api, recorder = client(handler)
    assert api.register_sample(biosample_site=11, project_id=PROJECT, external_sample_id="S1") == {
        "biosample_id": SAMPLE_ID
    }
    assert recorder.paths == [
        "/openbge/samples/register",
        "/openbge/samples",
        "/openbge/samples/register",
    ]
    assert len(store) == 1


def test_without_external_id_an_unknown_outcome_is_not_retried(sleeps: list[float]) -> None:
    store: list[dict[str, Any]] = []
    api, recorder = client(_platform([httpx.ReadTimeout("no answer")], store))
    with pytest.raises(OutcomeUnknownError) as caught:
        api.register_sample(biosample_site=11, project_id=PROJECT)
    assert len(store) == 1 and len(recorder.forms) == 1
    assert caught.value.operation == "register_sample" and caught.value.lookup_key is None
    assert isinstance(caught.value.__cause__, APITimeoutError)


def test_without_external_id_failures_proving_nothing_was_sent_are_retried(
    sleeps: list[float],
) -> None:
    store: list[dict[str, Any]] = []
    lost: list[Any] = [httpx.ConnectError("refused")]
    api, recorder = client(_platform(lost, store))
    assert api.register_sample(biosample_site=11, project_id=PROJECT) == {"biosample_id": SAMPLE_ID}
    assert len(store) == 1 and len(recorder.forms) == 2


def test_without_external_id_503_is_retried(sleeps: list[float]) -> None:
    answers = failing_then(
        [httpx.Response(503, headers={"Retry-After": "0"})],
        lambda r: ok({"biosample_id": SAMPLE_ID}),
    )
    api, recorder = client(answers)
    assert api.register_sample(biosample_site=11, project_id=PROJECT) == {"biosample_id": SAMPLE_ID}
    assert len(recorder.forms) == 2


# ------------------------------------------------------------------- async shares the core


def test_async_client_retries_and_recovers_like_the_sync_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def no_sleep(seconds: float) -> None:
        return None

    monkeypatch.setattr("asyncio.sleep", no_sleep)
    store: list[dict[str, Any]] = []
    recorder = Recorder(_platform([httpx.ReadTimeout("no answer")], store))

    async def run() -> Any:
        transport = httpx.MockTransport(recorder)
        async with bge_private.AsyncPrivateAPI(
            APP_KEY, APP_SECRET, endpoint="http://platform.test", transport=transport
        ) as api:
            return await api.register_sample(
                biosample_site=11, project_id=PROJECT, external_sample_id="S9"
            )

    assert asyncio.run(run()) == {"biosample_id": SAMPLE_ID}
    assert len(store) == 1
    assert recorder.paths == ["/openbge/samples/register", "/openbge/samples"]


# ----------------------------------------------------------------------------- secrets


def test_no_secret_or_sign_in_logs_reprs_or_errors(
    caplog: pytest.LogCaptureFixture, sleeps: list[float]
) -> None:
    caplog.set_level(logging.DEBUG, logger="bge_private")
    answers: list[Any] = [
        httpx.ConnectError("refused"),
        httpx.Response(503, text="busy"),
        httpx.Response(200, text="<html>not json</html>"),
        httpx.Response(200, json={"code": 40103, "msg": "wrong sign", "data": None}),
        httpx.ReadTimeout("slow"),
        httpx.Response(502, text="bad gateway"),
    ] * 3
    api, recorder = client(
        failing_then(answers, lambda r: ok({"total": 1})), verbose=True, max_retries=2
    )
    texts = [repr(api), str(api), repr(api._auth)]
    for _ in range(8):
        try:
            texts.append(repr(api.question_size("5c033e04f89dd15e44d48b7d")))
        except BGEError as error:
            texts += [str(error), repr(error), repr(error.__cause__), str(error.__context__)]
    logged = caplog.text
    signs = [form["sign"] for form in recorder.forms]
    assert len(signs) >= 10
    assert "request POST" in logged and "<redacted>" in logged, "verbose logging is on"
    for text in [logged, *texts]:
        assert APP_SECRET not in text
        for sign in signs:
            assert sign not in text


def test_invalid_response_error_is_typed(sleeps: list[float]) -> None:
    api, _ = client(lambda r: httpx.Response(200, text="<html>gateway</html>"), max_retries=0)
    with pytest.raises(InvalidResponseError) as caught:
        api.wechat_profile("5c033e04f89dd15e44d48b7d")
    assert caught.value.operation == "wechat_profile"
    assert not isinstance(caught.value.__cause__, BGEError)
