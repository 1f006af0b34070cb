"""What a user sees: error messages that say where and how often, checked settings, a verbose
flag that is per client, and public names that look public (issue 8, items 4-7)."""

from __future__ import annotations

import asyncio
import inspect
import logging
import math
import socket
import subprocess
import sys
import textwrap
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import bge_private
from bge_private import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncPrivateAPI,
    BGEError,
    PrivateAPI,
    RequestValidationError,
)

USER = "5c033e04f89dd15e44d48b7d"
PROJECT = "P-W19770800157"
GOOD_IDS = ["E-B19137107158", "E-F19955300137", "E-B19692615052"]
OPERATIONS = [
    "get_samples",
    "register_sample",
    "improve_sample",
    "task_result",
    "survey_projects",
    "survey_target",
    "question_size",
    "wechat_profile",
]

Handler = Callable[[httpx.Request], httpx.Response]


def ok(data: Any, **extra: Any) -> httpx.Response:
    return httpx.Response(200, json={"code": 0, "msg": "success", "data": data, **extra})


def mock(handler: Handler, endpoint: str = "http://platform.test", **options: Any) -> PrivateAPI:
    return PrivateAPI(
        "usability-key-0123456789",
        "usability-secret",
        endpoint=endpoint,
        transport=httpx.MockTransport(handler),
        **options,
    )


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    recorded: list[float] = []
    monkeypatch.setattr("bge_private._client.time.sleep", recorded.append)
    return recorded


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


# --------------------------------------------------------------- item 4: messages


def test_refused_connection_names_endpoint_and_attempts(sleeps: list[float]) -> None:
    endpoint = f"http://127.0.0.1:{closed_port()}"
    with PrivateAPI("k", "s", endpoint=endpoint) as api, pytest.raises(APIConnectionError) as e:
        api.question_size(USER)
    assert str(e.value) == (
        f"question_size: could not connect to {endpoint} after 4 attempts (connection refused)"
    )
    assert (e.value.endpoint, e.value.attempts, e.value.request_sent) == (endpoint, 4, False)
    assert len(sleeps) == 3


def test_timeout_names_endpoint_attempts_and_the_timeout_in_force(sleeps: list[float]) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out")

    api = mock(slow, timeout=2.5, max_retries=1)
    with pytest.raises(APITimeoutError) as caught:
        api.question_size(USER)
    assert str(caught.value) == (
        "question_size: no answer from http://platform.test after 2 attempts (2.5 s read timeout)"
    )
    assert (caught.value.attempts, caught.value.timeout) == (2, 2.5)

    def no_connection(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("timed out")

    custom = httpx.Timeout(10, connect=3)
    with pytest.raises(APITimeoutError) as connect:
        mock(no_connection, timeout=custom, max_retries=0).question_size(USER)
    assert "could not connect to http://platform.test after 1 attempt (3 s connect" in str(
        connect.value
    )
    assert connect.value.request_sent is False


def test_wrong_sign_is_explained_for_a_user() -> None:
    answer = {"code": 40103, "msg": "signature mismatch", "data": None}
    with pytest.raises(APIError) as caught:
        mock(lambda r: httpx.Response(200, json=answer)).question_size(USER)
    assert caught.value.msg == "signature mismatch", "the platform's words are kept"
    assert "check app_secret" in str(caught.value)
    assert caught.value.hint is not None and "app_secret" in caught.value.hint
    other = {"code": 40901, "msg": "depth already set", "data": None}
    with pytest.raises(APIError) as conflict:
        mock(lambda r: httpx.Response(200, json=other)).improve_sample(GOOD_IDS[0], depth=1)
    assert conflict.value.hint is None


@pytest.mark.parametrize(
    "call, expected",
    [
        (
            lambda api: api.get_samples(biosample_ids=GOOD_IDS[0]),
            "biosample_ids (did you mean biosample_id?)",
        ),
        (
            lambda api: api.register_sample(biosample_site=11, project_id=PROJECT, dept=2),
            "dept (did you mean depth?)",
        ),
    ],
    ids=["biosample_ids", "dept"],
)
def test_mistyped_field_gets_did_you_mean(call: Callable[[PrivateAPI], Any], expected: str) -> None:
    with pytest.raises(RequestValidationError) as caught:
        call(mock(lambda r: ok({})))
    assert expected in str(caught.value)


def test_no_suggestion_when_nothing_is_close() -> None:
    with pytest.raises(RequestValidationError) as caught:
        mock(lambda r: ok({})).register_sample(biosample_site=11, project_id=PROJECT, colour=1)
    assert "unexpected field(s) colour" in str(caught.value)
    assert "did you mean" not in str(caught.value)


@pytest.mark.parametrize(
    "call",
    [
        lambda api: api.get_samples(biosample_id=GOOD_IDS),
        lambda api: api.get_samples(external_sample_id=("a", "b")),
        lambda api: api.survey_projects(project_ids=["P-W19126783988"]),
    ],
    ids=["biosample_id", "external_sample_id", "project_ids"],
)
def test_a_list_where_comma_separated_text_is_wanted_says_so(
    call: Callable[[PrivateAPI], Any],
) -> None:
    with pytest.raises(RequestValidationError) as caught:
        call(mock(lambda r: ok({})))
    assert "takes comma-separated text" in str(caught.value)
    assert "join the values with ','" in str(caught.value)


def _pages(request: httpx.Request) -> httpx.Response:
    return ok([], pagination={"page": 1, "limit": 2, "count": 0, "total": 0})


def test_iter_samples_names_the_bad_id_and_its_position() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return _pages(request)

    api = mock(handler)
    ids = [*GOOD_IDS[:2], "E-B1913710715", GOOD_IDS[2]]
    with pytest.raises(RequestValidationError) as caught:
        list(api.iter_samples(biosample_ids=ids, limit=2))
    assert caught.value.errors == [
        "biosample_ids[2]: 'E-B1913710715' does not match ^E-[A-Z][0-9]{11}(,E-[A-Z][0-9]{11})*$"
    ]
    assert caught.value.operation == "iter_samples"
    assert GOOD_IDS[2] not in str(caught.value), "not the whole joined chunk"
    assert len(sent) == 1, "the first, valid chunk went out; the bad one did not"

    with pytest.raises(RequestValidationError) as text:
        list(api.iter_samples(biosample_ids=f"{GOOD_IDS[0]},bad"))
    assert text.value.errors[0].startswith("biosample_ids[1]: 'bad' does not match")

    with pytest.raises(RequestValidationError) as comma:
        list(api.iter_samples(external_sample_ids=["S1", "S2,S3"]))
    assert comma.value.errors == [
        "external_sample_ids[1]: 'S2,S3' contains a comma, which separates ids"
    ]
    with pytest.raises(RequestValidationError) as number:
        list(api.iter_samples(external_sample_ids=["S1", 7]))  # type: ignore[list-item]
    assert number.value.errors[0].startswith("external_sample_ids[1]: 7 is not of type")


def test_async_iter_samples_names_the_bad_id_too() -> None:
    async def run() -> None:
        async with AsyncPrivateAPI(
            "k", "s", endpoint="http://platform.test", transport=httpx.MockTransport(_pages)
        ) as api:
            async for _ in api.iter_samples(biosample_ids=[GOOD_IDS[0], "nope"]):
                pass

    with pytest.raises(RequestValidationError) as caught:
        asyncio.run(run())
    assert caught.value.errors[0].startswith("biosample_ids[1]: 'nope'")


# --------------------------------------------------------------- item 5: settings


BAD_SETTINGS: list[tuple[dict[str, Any], type[Exception], str]] = [
    ({"max_retries": -1}, ValueError, "max_retries must be a whole number of 0 or more"),
    ({"max_retries": 1.5}, ValueError, "max_retries must be a whole number"),
    ({"max_retries": "3"}, TypeError, "max_retries must be a whole number, not str"),
    ({"max_retries": True}, TypeError, "max_retries"),
    ({"timeout": 0}, ValueError, "timeout must be a positive, finite number of seconds, not 0"),
    ({"timeout": -2.5}, ValueError, "not -2.5"),
    ({"timeout": math.nan}, ValueError, "timeout must be a positive"),
    ({"timeout": math.inf}, ValueError, "timeout must be a positive"),
    ({"timeout": "5"}, TypeError, "timeout must be a number of seconds or an httpx.Timeout"),
    ({"timeout": httpx.Timeout(0)}, ValueError, "timeout.connect must be a positive"),
    ({"timeout": httpx.Timeout(5, read=-1)}, ValueError, "timeout.read must be a positive"),
]


@pytest.mark.parametrize("bad, kind, message", BAD_SETTINGS)
def test_settings_are_refused_alike_by_constructor_and_with_options(
    bad: dict[str, Any], kind: type[Exception], message: str
) -> None:
    with pytest.raises(kind, match=message) as by_constructor:
        mock(lambda r: ok({}), **bad)
    api = mock(lambda r: ok({}))
    with pytest.raises(kind, match=message) as by_with_options:
        api.with_options(**bad)
    assert str(by_constructor.value) == str(by_with_options.value)


def test_good_settings_are_taken_and_with_options_leaves_the_original() -> None:
    api = mock(lambda r: ok({"total": 1}), max_retries=0, timeout=4)
    assert (api.max_retries, api.timeout) == (0, httpx.Timeout(4))
    other = api.with_options(max_retries=5, timeout=httpx.Timeout(9, connect=None))
    assert (other.max_retries, other.timeout) == (5, httpx.Timeout(9, connect=None))
    assert (api.max_retries, api.timeout) == (0, httpx.Timeout(4))
    assert other.question_size(USER) == {"total": 1}
    with pytest.raises(TypeError, match="create_if_absent must be True or False"):
        api.with_options(create_if_absent="yes")  # type: ignore[arg-type]


# --------------------------------------------------------------- item 6: verbose per client


def test_verbose_is_per_client(caplog: pytest.LogCaptureFixture) -> None:
    package = logging.getLogger("bge_private")
    package_level = package.level
    caplog.set_level(logging.DEBUG)  # the root logger, as an application at DEBUG has it
    loud = mock(lambda r: ok({"total": 1}), endpoint="http://loud.test", verbose=True)
    quiet = mock(lambda r: ok({"total": 2}), endpoint="http://quiet.test")
    assert package.level == package_level, "no level change on bge_private"
    assert loud.question_size(USER) == {"total": 1}
    assert quiet.question_size(USER) == {"total": 2}
    wire = [record for record in caplog.records if record.name.startswith("bge_private")]
    texts = [record.getMessage() for record in wire]
    assert any("request POST http://loud.test" in text for text in texts)
    assert any("answer 200 from http://loud.test" in text for text in texts)
    assert not any("quiet.test" in text for text in texts), "the quiet client logs no bodies"
    assert {record.name for record in wire} == {"bge_private.wire"}


def test_verbose_client_logs_to_stderr_without_touching_other_loggers() -> None:
    # In a fresh process with no logging configured at all, as an application starts.
    script = textwrap.dedent(
        """
        import logging, httpx
        from bge_private import PrivateAPI

        def answer(request):
            return httpx.Response(200, json={"code": 0, "msg": "", "data": {"total": 3}})

        def client(name, verbose):
            return PrivateAPI("key-0123456789abc", "secret", endpoint=f"http://{name}.test",
                              verbose=verbose, transport=httpx.MockTransport(answer))

        loud, quiet = client("loud", True), client("quiet", False)
        loud.question_size("5c033e04f89dd15e44d48b7d")
        quiet.question_size("5c033e04f89dd15e44d48b7d")
        print(logging.getLogger("bge_private").level, logging.getLogger().level)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["0", "30"], "bge_private and root keep their levels"
    assert "request POST http://loud.test" in done.stderr
    assert "answer 200 from http://loud.test" in done.stderr
    assert "quiet.test" not in done.stderr


# --------------------------------------------------------------- item 7: public names


ERROR_CLASSES = [
    getattr(bge_private, name)
    for name in bge_private.__all__
    if isinstance(getattr(bge_private, name), type)
    and issubclass(getattr(bge_private, name), BGEError)
]


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda cls: cls.__name__)
def test_exceptions_print_as_bge_private_names(cls: type[BGEError]) -> None:
    assert cls.__module__ == "bge_private"
    error = cls.__new__(cls)
    error.args = ("boom",)
    assert traceback.format_exception_only(error)[-1] == f"bge_private.{cls.__name__}: boom\n"


def test_argument_errors_name_the_public_class() -> None:
    api = mock(lambda r: ok({}))
    with pytest.raises(TypeError) as sync_error:
        api.register_sample(11, PROJECT, "S1")  # type: ignore[call-arg]
    assert "PrivateAPI.register_sample()" in str(sync_error.value)
    async_api = AsyncPrivateAPI("k", "s", endpoint="http://platform.test")
    with pytest.raises(TypeError) as async_error:
        async_api.question_size()  # type: ignore[call-arg]
    assert "AsyncPrivateAPI.question_size()" in str(async_error.value)
    for name in OPERATIONS:
        assert getattr(PrivateAPI, name).__qualname__ == f"PrivateAPI.{name}"
        assert getattr(AsyncPrivateAPI, name).__qualname__ == f"AsyncPrivateAPI.{name}"
        assert "_BaseAPI" not in repr(getattr(api, name))


@pytest.mark.parametrize("name", OPERATIONS)
def test_async_operations_are_coroutine_functions(name: str) -> None:
    assert inspect.iscoroutinefunction(getattr(AsyncPrivateAPI, name))
    assert inspect.iscoroutinefunction(getattr(AsyncPrivateAPI("k", "s"), name))
    assert not inspect.iscoroutinefunction(getattr(PrivateAPI, name))
    assert getattr(AsyncPrivateAPI, name).__doc__ == getattr(PrivateAPI, name).__doc__
