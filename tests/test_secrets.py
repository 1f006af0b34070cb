"""No sign and no more than a prefix of app_key in errors, logs, reprs or cause chains, even
when a server echoes the signed request back (issue 12, item 5)."""

from __future__ import annotations

import contextlib
import json
import logging
import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, quote

import httpx
import pytest

from bge_private import (
    APIError,
    APIStatusError,
    BGEError,
    InvalidResponseError,
    OutcomeUnknownError,
    PrivateAPI,
)

APP_KEY = "echo-key-F4QPfredao9slVB2ua4vV"
APP_SECRET = "echo-secret-kErUUQb5fkaNhCNwoloRMZM8BCbBK4gZ"
USER = "5c033e04f89dd15e44d48b7d"
PROJECT = "P-W19770800157"

Handler = Callable[[httpx.Request], httpx.Response]


class Echo:
    """A mock server that answers with the handler and keeps every sign it received."""

    def __init__(self, handler: Callable[[httpx.Request, str], httpx.Response]) -> None:
        self.handler = handler
        self.signs: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        form = dict(parse_qsl(request.content.decode()))
        self.signs.append(form["sign"])
        return self.handler(request, request.content.decode())


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    recorded: list[float] = []
    monkeypatch.setattr("bge_private._client.time.sleep", recorded.append)
    return recorded


def client(echo: Echo, app_key: str = APP_KEY, app_secret: str = APP_SECRET, **options: Any) -> Any:
    return PrivateAPI(
        app_key,
        app_secret,
        endpoint="http://platform.test",
        transport=httpx.MockTransport(echo),
        **options,
    )


def chain(error: BaseException | None) -> Iterator[BaseException]:
    """An error and every error it was raised from or during, however deep."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        if isinstance(error, OutcomeUnknownError) and error.lookup_error is not None:
            yield from chain(error.lookup_error)
        error = error.__cause__ or error.__context__


def texts_of(error: BaseException) -> list[str]:
    """Everything an application may print or log about an error."""
    texts: list[str] = []
    for link in chain(error):
        texts += [str(link), repr(link), repr(vars(link))]
        if isinstance(link, httpx.HTTPError):
            with contextlib.suppress(RuntimeError):  # an error raised outside a request
                texts.append(link.request.content.decode())
    return texts


def assert_no_sign(texts: list[str], signs: list[str]) -> None:
    assert signs
    for text in texts:
        for sign in signs:
            assert sign not in text
            assert quote(sign, safe="") not in text
        assert re.search(r"\bsign=(?!<redacted>|%3Credacted%3E|'<redacted>')", text) is None


def test_gateway_page_echoing_the_form(caplog: pytest.LogCaptureFixture, sleeps: Any) -> None:
    caplog.set_level(logging.DEBUG)
    echo = Echo(lambda request, form: httpx.Response(502, text=f"<pre>bad gateway: {form}</pre>"))
    api = client(echo, verbose=True, max_retries=2)
    with pytest.raises(APIStatusError) as caught:
        api.question_size(USER)
    assert len(echo.signs) == 3
    assert "bad gateway: " in caught.value.body and "user_id=" in caught.value.body
    retries = [r.getMessage() for r in caplog.records if "retrying" in r.getMessage()]
    answers = [r.getMessage() for r in caplog.records if r.getMessage().startswith("answer 502")]
    assert len(retries) == 2 and len(answers) == 3, "the INFO and DEBUG lines were written"
    assert_no_sign([caught.value.body, *texts_of(caught.value), caplog.text], echo.signs)


def test_envelope_echoing_the_form_and_the_sign(sleeps: Any) -> None:
    def answer(request: httpx.Request, form: str) -> httpx.Response:
        fields = dict(parse_qsl(form))
        # The sign as JSON text writes it (with "\/"), inside msg and as a member of data.
        msg = f"bad request {form} (sign {json.dumps(fields['sign'])[1:-1]})"
        body = json.dumps({"code": 40001, "msg": msg, "data": {"echo": fields}})
        return httpx.Response(200, content=body.replace("/", "\\/").encode())

    echo = Echo(answer)
    with pytest.raises(APIError) as caught:
        client(echo).question_size(USER)
    error = caught.value
    assert error.code == 40001 and error.msg is not None and "bad request" in error.msg
    assert error.data["echo"]["sign"] == "<redacted>"
    assert error.data["echo"]["user_id"] == USER
    assert_no_sign([error.msg, json.dumps(error.data), *texts_of(error)], echo.signs)


def test_answer_that_is_not_json_keeps_no_sign(sleeps: Any) -> None:
    echo = Echo(lambda request, form: httpx.Response(200, text=f"oops {form}"))
    with pytest.raises(InvalidResponseError) as caught:
        client(echo, max_retries=0).question_size(USER)
    assert_no_sign(texts_of(caught.value), echo.signs)


def test_cause_chain_holds_no_signed_body(sleeps: Any) -> None:
    def lost(request: httpx.Request, form: str) -> httpx.Response:
        raise httpx.ReadTimeout("no answer")

    echo = Echo(lost)
    api = client(echo, max_retries=1)
    with pytest.raises(BGEError) as read:
        api.question_size(USER)
    cause = read.value.__cause__
    assert isinstance(cause, httpx.ReadTimeout)
    fields = dict(parse_qsl(cause.request.content.decode()))
    assert fields["sign"] == "<redacted>" and fields["user_id"] == USER, "redacted, not dropped"
    assert cause.request.url == "http://platform.test/api/survey/question_size"
    with pytest.raises(OutcomeUnknownError) as write:
        api.register_sample(biosample_site=11, project_id=PROJECT)
    assert_no_sign(texts_of(read.value) + texts_of(write.value), echo.signs)


def test_swapped_key_and_secret_stay_hidden(caplog: pytest.LogCaptureFixture, sleeps: Any) -> None:
    caplog.set_level(logging.DEBUG)

    def unknown_key(request: httpx.Request, form: str) -> httpx.Response:
        key = dict(parse_qsl(form))["app_key"]
        return httpx.Response(200, json={"code": 40102, "msg": f"unknown app_key {key}"})

    echo = Echo(unknown_key)
    # The secret given as the app key: it is sent, so it may come back.
    api = client(echo, app_key=APP_SECRET, app_secret=APP_KEY, verbose=True)
    with pytest.raises(APIError) as caught:
        api.question_size(USER)
    shown = APP_SECRET[:6] + "…"
    assert repr(api) == f"PrivateAPI(app_key={shown!r}, endpoint='http://platform.test')"
    assert repr(api._auth) == f"SigningAuth(app_key={shown!r})"
    assert caught.value.msg == f"unknown app_key {shown}"
    assert "request POST" in caplog.text and shown in caplog.text
    for text in [repr(api), str(api), repr(api._auth), caplog.text, *texts_of(caught.value)]:
        assert APP_SECRET[:7] not in text
        assert APP_KEY not in text


def test_short_app_key_shows_even_less() -> None:
    api = PrivateAPI("k3y", "s", endpoint="http://platform.test")
    assert repr(api) == "PrivateAPI(app_key='…', endpoint='http://platform.test')"
    assert repr(PrivateAPI("0123456789", "s")).startswith("PrivateAPI(app_key='01…'")
