"""Every BGEError survives pickling with its message and fields, also out of a worker process."""

from __future__ import annotations

import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

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


def _errors() -> list[BGEError]:
    """One of each class, every optional field set."""
    api_error = APIError(
        40103, "wrong sign", {"field": ["x"]}, operation="question_size", hint="check app_secret"
    )
    api_error.retry_after = 2.0
    status = APIStatusError(502, "<html>bad gateway</html>", operation="get_samples")
    status.add_note("a note travels too")
    return [
        BGEError("plain", operation="task_result"),
        BGEError("no operation"),
        RequestValidationError(["biosample_site: 15 is not one of [1, 2]", "x: y"], operation="o"),
        api_error,
        status,
        APIConnectionError(
            "could not connect",
            request_sent=False,
            operation="question_size",
            endpoint="http://127.0.0.1:1",
            attempts=4,
        ),
        APITimeoutError("no answer", request_sent=True, operation="x", attempts=2, timeout=2.5),
        InvalidResponseError("not JSON", operation="wechat_profile"),
        OutcomeUnknownError(
            "outcome unknown",
            operation="register_sample",
            lookup_key={"external_sample_id": "S1", "project_id": "P-W19770800157"},
            attempts=3,
            lookup_error=status,
        ),
    ]


def _fields(error: BaseException) -> dict[str, Any]:
    """What an error carries, nested errors compared by their own fields."""
    return {
        name: _fields(value) if isinstance(value, BaseException) else value
        for name, value in vars(error).items()
    } | {"class": type(error), "str": str(error), "args": error.args}


@pytest.mark.parametrize("error", _errors(), ids=lambda e: f"{type(e).__name__}-{e.operation}")
def test_round_trip_keeps_message_and_fields(error: BGEError) -> None:
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        copy = pickle.loads(pickle.dumps(error, protocol=protocol))
        assert type(copy) is type(error)
        assert _fields(copy) == _fields(error)
        assert copy.retry_after == error.retry_after
    # The class is found by its public name, so a pickle does not depend on a private module.
    assert f"cbge_private\n{type(error).__name__}\n".encode() in pickle.dumps(error, protocol=0)


def test_every_exported_error_class_is_covered() -> None:
    exported = {
        value
        for name in bge_private.__all__
        if isinstance(value := getattr(bge_private, name), type) and issubclass(value, BGEError)
    }
    assert exported == {type(error) for error in _errors()}


def _answer(index: int) -> httpx.Response:
    if index == 1:
        return httpx.Response(502, text="<html>bad gateway</html>")
    if index == 2:
        return httpx.Response(200, json={"code": 40103, "msg": "wrong sign", "data": None})
    if index == 3:
        raise httpx.ConnectError("refused")
    if index == 4:
        raise httpx.ReadTimeout("slow")
    return httpx.Response(200, json={"code": 0, "msg": "", "data": {"total": index}})


def _one_call(index: int) -> Any:
    """A worker's task: one real call, which fails for some indexes."""
    api = bge_private.PrivateAPI(
        "worker-key",
        "worker-secret",
        endpoint="http://platform.test",
        max_retries=0,
        transport=httpx.MockTransport(lambda request: _answer(index)),
    )
    if index == 5:
        return api.register_sample(biosample_site=15, project_id="P-W19770800157")
    return api.question_size("5c033e04f89dd15e44d48b7d")["total"]


def test_a_failed_call_in_a_process_pool_does_not_break_the_pool() -> None:
    # spawn: the worker imports bge_private afresh, as on macOS and Windows.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        futures = [pool.submit(_one_call, index) for index in (0, 1, 2, 3, 4, 5, 6, 7)]
        outcomes = [future.exception() or future.result() for future in futures]
    assert outcomes[0] == 0 and outcomes[6:] == [6, 7], "healthy tasks are not lost"
    status, api_error, refused, timeout, invalid = outcomes[1:6]
    assert isinstance(status, APIStatusError) and status.status_code == 502
    assert status.body == "<html>bad gateway</html>" and status.operation == "question_size"
    assert isinstance(api_error, APIError)
    assert (api_error.code, api_error.msg, api_error.data) == (40103, "wrong sign", None)
    assert "check app_secret" in str(api_error)
    assert isinstance(refused, APIConnectionError) and refused.request_sent is False
    assert refused.attempts == 1 and refused.endpoint == "http://platform.test"
    assert isinstance(timeout, APITimeoutError) and timeout.timeout == 18.0
    assert isinstance(invalid, RequestValidationError) and invalid.operation == "register_sample"
    assert invalid.errors and str(invalid).startswith("register_sample: invalid arguments: ")
