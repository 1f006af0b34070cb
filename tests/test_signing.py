"""Tests of request signing against the reference vectors and an independent re-implementation."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import unquote_to_bytes

import httpx
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bge_private._signing import (
    SIGNING_FIELDS,
    SigningAuth,
    compute_sign,
    new_nonce,
    percent_encode,
    string_to_sign,
    utc_timestamp,
    verify_sign,
)

APP_KEY = "F4QPfredao9slVB2ua4vVeOryOHsSsC62wM1TUmm"
APP_SECRET = (
    "kErUUQb5fkaNhCNwoloRMZM8BCbBK4gZiiwljB7wJ4p3xsH24Ma8k2UFAouFyUHZBRqB73fMrMYLK7oOcqjxXViW"
)
URL = "https://private.example.test/openbge/samples"


DATA = Path(__file__).resolve().parent / "data"
VECTORS_FILE = DATA / "signature_vectors.json"


def _load_vectors() -> list[dict[str, Any]]:
    # A missing file must fail the run, not quietly produce zero parametrized cases.
    vectors: list[dict[str, Any]] = json.loads(VECTORS_FILE.read_text("utf-8"))["vectors"]
    assert vectors, "signature_vectors.json holds no vectors"
    return vectors


VECTORS = _load_vectors()


# --- An independent implementation of the signing rules, written by a different route. ---

UNRESERVED_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")


def oracle_encode(text: str) -> str:
    return "".join(
        chr(byte) if byte in UNRESERVED_BYTES else f"%{byte:02X}" for byte in text.encode("utf-8")
    )


def oracle_string_to_sign(fields: dict[str, str]) -> str:
    pairs = [(name, value) for name, value in fields.items() if name != "sign"]
    pairs.sort(key=lambda pair: [ord(char) for char in pair[0]])
    return oracle_encode("&".join(oracle_encode(n) + "=" + oracle_encode(v) for n, v in pairs))


def oracle_sign(app_secret: str, fields: dict[str, str]) -> str:
    message = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ&" + oracle_string_to_sign(
        fields
    )
    mac = hmac.new((app_secret + "&").encode("utf-8"), message.encode("utf-8"), hashlib.sha1)
    return base64.b64encode(mac.digest()).decode("ascii")


def oracle_parse_form(body: bytes) -> dict[str, str]:
    """Parse a form body by hand (not with parse_qsl), refusing repeated names."""
    fields: dict[str, str] = {}
    for part in body.split(b"&"):
        if not part:
            continue
        raw_name, _, raw_value = part.partition(b"=")
        name = unquote_to_bytes(raw_name.replace(b"+", b" ")).decode("utf-8")
        value = unquote_to_bytes(raw_value.replace(b"+", b" ")).decode("utf-8")
        assert name not in fields, f"field {name!r} sent twice"
        fields[name] = value
    return fields


def _vector_fields(vector: dict[str, Any]) -> dict[str, str]:
    return {name: str(value) for name, value in vector["params"].items() if value is not None}


# --- (a) the reference vectors ---


@pytest.mark.parametrize("vector", VECTORS, ids=[f"v{i}" for i in range(len(VECTORS))])
def test_vector_string_to_sign_and_sign(vector: dict[str, Any]) -> None:
    fields = _vector_fields(vector)
    assert string_to_sign(fields) == vector["string_to_sign"]
    assert compute_sign(vector["app_secret"], fields) == vector["sign"]
    assert verify_sign(vector["app_secret"], {**fields, "sign": vector["sign"]})


@pytest.mark.parametrize("vector", VECTORS, ids=[f"v{i}" for i in range(len(VECTORS))])
def test_oracle_itself_reproduces_vector(vector: dict[str, Any]) -> None:
    # The property tests below lean on the oracle, so it has to be right as well.
    fields = _vector_fields(vector)
    assert oracle_string_to_sign(fields) == vector["string_to_sign"]
    assert oracle_sign(vector["app_secret"], fields) == vector["sign"]


def test_vectors_cover_dropped_none_and_several_secrets() -> None:
    assert any(None in v["params"].values() for v in VECTORS)
    assert len({v["app_secret"] for v in VECTORS}) >= 2


def test_vectors_file_is_what_the_reference_sdk_produces() -> None:
    # The committed vectors are the reference SDK's output, not a copy of our own results.
    result = subprocess.run(
        [sys.executable, str(DATA / "make_signature_vectors.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


@pytest.mark.parametrize(
    ("text", "encoded"),
    [
        ("AZaz09-_.~", "AZaz09-_.~"),
        ("a b", "a%20b"),
        ("+&=%/?#", "%2B%26%3D%25%2F%3F%23"),
        ("*'()!", "%2A%27%28%29%21"),
        ("é", "%C3%A9"),
        ("🧬", "%F0%9F%A7%AC"),
        ("", ""),
    ],
)
def test_percent_encode(text: str, encoded: str) -> None:
    assert percent_encode(text) == encoded


def test_sort_is_code_point_order() -> None:
    fields = {"a": "1", "_": "2", "Z": "3", "A_b": "4"}
    assert string_to_sign(fields).startswith("A_b%3D4%26Z%3D3%26_%3D2%26a%3D1")


def test_compute_sign_ignores_sign_field() -> None:
    fields = {"a": "1", "b": "two words"}
    assert compute_sign(APP_SECRET, {**fields, "sign": "whatever"}) == compute_sign(
        APP_SECRET, fields
    )


def test_verify_sign_rejects_missing_wrong_and_non_ascii_sign() -> None:
    fields = {"a": "1"}
    good = compute_sign(APP_SECRET, fields)
    assert verify_sign(APP_SECRET, {**fields, "sign": good})
    assert not verify_sign(APP_SECRET, fields)
    assert not verify_sign(APP_SECRET, {**fields, "sign": good[:-2] + "A="})
    assert not verify_sign(APP_SECRET, {**fields, "sign": "签名"})
    assert not verify_sign(APP_SECRET + "x", {**fields, "sign": good})


# --- (b) random forms against the oracle ---

_unicode = st.characters(codec="utf-8")  # surrogates cannot be sent
_tricky = st.sampled_from(["", " ", "&", "=", "+", "%", "#", "%20", "a=b&c=d", "🧬样品", "~"])
_text = st.one_of(_tricky, st.text(alphabet=_unicode, max_size=20))
_forms = st.dictionaries(_text, _text, max_size=8)
_secrets = st.one_of(st.just(APP_SECRET), st.text(alphabet=_unicode, max_size=30))


@given(app_secret=_secrets, form=_forms)
def test_compute_sign_matches_oracle(app_secret: str, form: dict[str, str]) -> None:
    form.pop("sign", None)
    assert string_to_sign(form) == oracle_string_to_sign(form)
    assert compute_sign(app_secret, form) == oracle_sign(app_secret, form)


@given(app_secret=_secrets, form=_forms.filter(bool), data=st.data())
def test_verify_sign_accepts_and_rejects_any_change(
    app_secret: str, form: dict[str, str], data: st.DataObject
) -> None:
    form.pop("sign", None)
    if not form:
        return
    signed = {**form, "sign": compute_sign(app_secret, form)}
    assert verify_sign(app_secret, signed)

    name = data.draw(st.sampled_from(sorted(form)), label="changed field")
    new_value = data.draw(_text.filter(lambda v: v != form[name]), label="new value")
    assert not verify_sign(app_secret, {**signed, name: new_value})

    new_name = data.draw(_text.filter(lambda n: n not in signed), label="new name")
    renamed = {(new_name if n == name else n): v for n, v in signed.items()}
    assert not verify_sign(app_secret, renamed)


# --- (c) SigningAuth end to end through httpx ---


def _checking_handler(seen: list[dict[str, str]]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        body = request.content
        assert request.headers["Content-Length"] == str(len(body))
        assert request.headers["Content-Type"].startswith("application/x-www-form-urlencoded")
        fields = oracle_parse_form(body)
        assert fields["app_key"] == APP_KEY
        assert fields["sign"] == oracle_sign(APP_SECRET, fields)
        seen.append(fields)
        return httpx.Response(200, json={"code": 0})

    return handler


def _assert_fresh_timestamp(fields: dict[str, str]) -> None:
    sent = datetime.strptime(fields["timestamp"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert abs(datetime.now(UTC) - sent) < timedelta(seconds=5)


def test_signing_auth_sync_client() -> None:
    seen: list[dict[str, str]] = []
    transport = httpx.MockTransport(_checking_handler(seen))
    form = {"biosample_id": "E-B1,E-B2", "note": "a b&c=d+e 样品 🧬", "empty": ""}
    with httpx.Client(transport=transport, auth=SigningAuth(APP_KEY, APP_SECRET)) as client:
        assert client.post(URL, data=form).status_code == 200
        assert client.post(URL, data=form).status_code == 200

    assert len(seen) == 2
    for fields in seen:
        assert {name: fields[name] for name in form} == form
        assert set(fields) == set(form) | set(SIGNING_FIELDS)
        assert re.fullmatch(r"[0-9a-f]{32}", fields["signature_nonce"])
        _assert_fresh_timestamp(fields)
    assert seen[0]["signature_nonce"] != seen[1]["signature_nonce"]


def test_signing_auth_async_client() -> None:
    seen: list[dict[str, str]] = []
    transport = httpx.MockTransport(_checking_handler(seen))

    async def run() -> list[int]:
        auth = SigningAuth(APP_KEY, APP_SECRET)
        async with httpx.AsyncClient(transport=transport, auth=auth) as client:
            first = await client.post(URL, data={"task_id": "t-1", "q": "100% ~"})
            second = await client.post(URL, data={"task_id": "t-1", "q": "100% ~"})
            return [first.status_code, second.status_code]

    assert asyncio.run(run()) == [200, 200]
    assert [fields["q"] for fields in seen] == ["100% ~", "100% ~"]
    assert seen[0]["signature_nonce"] != seen[1]["signature_nonce"]
    for fields in seen:
        _assert_fresh_timestamp(fields)


@settings(deadline=None, max_examples=50)
@given(form=st.dictionaries(_text.filter(lambda n: n not in SIGNING_FIELDS), _text, max_size=6))
def test_signing_auth_random_forms_survive_the_wire(form: dict[str, str]) -> None:
    seen: list[dict[str, str]] = []
    transport = httpx.MockTransport(_checking_handler(seen))
    with httpx.Client(transport=transport, auth=SigningAuth(APP_KEY, APP_SECRET)) as client:
        client.post(URL, data=form)
    assert len(seen) == 1
    assert {name: value for name, value in seen[0].items() if name not in SIGNING_FIELDS} == form


def test_signing_auth_empty_body_gets_form_content_type() -> None:
    seen: list[dict[str, str]] = []
    transport = httpx.MockTransport(_checking_handler(seen))
    with httpx.Client(transport=transport, auth=SigningAuth(APP_KEY, APP_SECRET)) as client:
        client.post(URL)
    assert set(seen[0]) == set(SIGNING_FIELDS)


def test_resending_the_same_request_signs_it_afresh() -> None:
    seen: list[dict[str, str]] = []
    transport = httpx.MockTransport(_checking_handler(seen))
    with httpx.Client(transport=transport, auth=SigningAuth(APP_KEY, APP_SECRET)) as client:
        request = client.build_request("POST", URL, data={"a": "1"})
        client.send(request)
        client.send(request)
    # Signed in place, from the unsigned body each time: never the signature signed over.
    assert len(seen) == 2
    assert seen[0]["signature_nonce"] != seen[1]["signature_nonce"]
    assert all(set(form) == {"a", *SIGNING_FIELDS} for form in seen)
    assert request.content.startswith(b"a=1&app_key=")
    assert request.content.count(b"sign=") == 1


def test_signed_request_keeps_timeout_extension() -> None:
    timeouts: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions.get("timeout"))
        return httpx.Response(200)

    transport = httpx.MockTransport(handler)
    auth = SigningAuth(APP_KEY, APP_SECRET)
    with httpx.Client(transport=transport, auth=auth, timeout=3.5) as client:
        client.post(URL, data={"a": "1"})
    assert timeouts[0]["connect"] == 3.5


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"data": {"app_key": "mine"}}, "app_key"),
        ({"data": {"sign": "x"}}, "sign"),
        ({"data": {"timestamp": "2020-01-01T00:00:00Z"}}, "timestamp"),
        ({"data": {"signature_nonce": "n"}}, "signature_nonce"),
        (
            {
                "content": b"a=1&a=2",
                "headers": {"Content-Type": "application/x-www-form-urlencoded"},
            },
            "more than once",
        ),
        ({"json": [1, 2]}, "must be an object"),
        ({"content": b"<a/>", "headers": {"Content-Type": "application/xml"}}, "application/xml"),
        (
            {
                "content": b"a=\xff",
                "headers": {"Content-Type": "application/x-www-form-urlencoded"},
            },
            "UTF-8",
        ),
    ],
)
def test_signing_auth_refuses_bodies_it_cannot_sign(kwargs: dict[str, Any], message: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("an unsignable request was sent")

    transport = httpx.MockTransport(handler)
    with (
        httpx.Client(transport=transport, auth=SigningAuth(APP_KEY, APP_SECRET)) as client,
        pytest.raises(ValueError, match=message),
    ):
        client.post(URL, **kwargs)


def _captured(**kwargs: Any) -> httpx.Request:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"code": 0, "msg": "success", "data": None})

    transport = httpx.MockTransport(handler)
    with httpx.Client(transport=transport, auth=SigningAuth(APP_KEY, APP_SECRET)) as client:
        client.post(URL, **kwargs)
    return seen[0]


def test_a_json_body_is_signed_over_the_python_text_of_each_value() -> None:
    items = [{"data_element_id": "00011d12-b363-11e9-bfed-00163e104c79", "attributes": {"age": 18}}]
    request = _captured(json={"batch_no": 1630484655317, "data_items": items, "biosample_id": None})
    sent = json.loads(request.content)
    assert sent["app_key"] == APP_KEY and sent["data_items"] == items
    # The reference's rule: str() of every non-null value, so a list is signed as its repr.
    signed = {
        name: value if isinstance(value, str) else str(value)
        for name, value in sent.items()
        if value is not None
    }
    assert signed["data_items"].startswith("[{'data_element_id': ")
    assert verify_sign(APP_SECRET, signed)
    assert oracle_sign(APP_SECRET, signed) == sent["sign"]


def test_a_multipart_body_signs_its_text_parts_and_not_its_files() -> None:
    files = [
        ("collection_name", (None, "数据集".encode(), "text/plain")),
        ("data_element_ids", ("ids.txt", b"a b c", "text/plain")),
    ]
    request = _captured(files=files)
    boundary = request.headers["Content-Type"].split("boundary=", 1)[1].encode()
    parts: dict[str, bytes] = {}
    for chunk in request.content.split(b"--" + boundary)[1:-1]:
        head, _, body = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        name = head.split(b'name="', 1)[1].split(b'"', 1)[0].decode()
        parts[name] = body
    assert parts["data_element_ids"] == b"a b c"
    texts = {name: value.decode() for name, value in parts.items() if name != "data_element_ids"}
    assert set(texts) == {"collection_name", "app_key", "signature_nonce", "timestamp", "sign"}
    assert verify_sign(APP_SECRET, texts)
    assert request.headers["Content-Length"] == str(len(request.content))


# --- (d) timestamps are real UTC ---


@pytest.fixture
def shanghai_tz() -> Iterator[None]:
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    try:
        # Without tzdata the zone silently falls back to UTC and the test would prove nothing.
        assert time.localtime().tm_gmtoff == 8 * 3600
        yield
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()


@pytest.mark.usefixtures("shanghai_tz")
def test_timestamp_is_utc_under_a_local_zone() -> None:
    _assert_fresh_timestamp({"timestamp": utc_timestamp()})
    local_wall_clock = datetime.now().strftime("%Y-%m-%dT%H:%M:%SZ")
    assert utc_timestamp() != local_wall_clock

    seen: list[dict[str, str]] = []
    transport = httpx.MockTransport(_checking_handler(seen))
    with httpx.Client(transport=transport, auth=SigningAuth(APP_KEY, APP_SECRET)) as client:
        client.post(URL, data={"a": "1"})
    _assert_fresh_timestamp(seen[0])


def test_utc_timestamp_converts_aware_and_rejects_naive() -> None:
    shanghai = timezone(timedelta(hours=8))
    assert (
        utc_timestamp(datetime(2026, 11, 22, 16, 0, 0, tzinfo=shanghai)) == "2026-11-22T08:00:00Z"
    )
    assert utc_timestamp(datetime(2026, 1, 1, 0, 30, 5, tzinfo=UTC)) == "2026-01-01T00:30:05Z"
    with pytest.raises(ValueError, match="naive"):
        utc_timestamp(datetime(2026, 11, 22, 16, 0, 0))


def test_new_nonce_is_fresh_hex() -> None:
    nonces = {new_nonce() for _ in range(100)}
    assert len(nonces) == 100
    assert all(re.fullmatch(r"[0-9a-f]{32}", nonce) for nonce in nonces)


# --- (e) the secret stays out of sight ---


def test_repr_hides_the_secret() -> None:
    auth = SigningAuth(APP_KEY, APP_SECRET)
    assert APP_SECRET not in repr(auth)
    assert APP_SECRET not in str(auth)
    assert repr(auth) == f"SigningAuth(app_key={APP_KEY[:6] + '…'!r})"


_form_value = st.one_of(
    _text, st.booleans(), st.integers(), st.floats(allow_nan=False), st.lists(_text, max_size=3)
)


@settings(deadline=None, max_examples=200)
@given(form=st.dictionaries(_text, _form_value, max_size=6))
@example(form={})
@example(form={"ids": ["E-B1", "E-B2"]})  # a name given twice: refused
@example(form={"sign": "forged"})  # a signing field: refused
@example(form={"flag": True, "n": 3, "x": 0.5, "t": "a b+c&d=é"})
def test_sign_form_builds_the_body_sign_makes_of_an_httpx_form(form: dict[str, Any]) -> None:
    # PrivateAPI signs a form before httpx sees it: the bytes (and the errors) must be those
    # that SigningAuth.sign makes of the request httpx builds for `data=form`.
    auth = SigningAuth(APP_KEY, APP_SECRET)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("bge_private._signing.new_nonce", lambda: "0123456789abcdef" * 2)
        patch.setattr("bge_private._signing.utc_timestamp", lambda: "2024-05-06T07:08:09Z")
        request = httpx.Request("POST", URL, data=form)
        try:
            auth.sign(request)
        except ValueError as refused:
            with pytest.raises(ValueError) as caught:
                auth.sign_form(form)
            assert str(caught.value) == str(refused)
            return
        assert auth.sign_form(form) == request.content


@pytest.mark.parametrize(
    ("method", "kwargs", "path"),
    [
        ("get_samples", {"biosample_id": "E-B19137107158,E-B19137107159"}, "/openbge/samples"),
        (
            "register_sample",
            {"biosample_site": 11, "project_id": "P-A12345678901", "depth": 46.5},
            "/openbge/samples/register",
        ),
    ],
)
def test_private_api_sends_what_signing_auth_makes_of_the_generated_form(
    method: str, kwargs: dict[str, Any], path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PrivateAPI signs its forms itself; on the wire that must be byte for byte, headers in
    # their order included, the request httpx and SigningAuth make of the generated form.
    import bge_private
    from bge_private._operations import operation

    monkeypatch.setattr("bge_private._signing.new_nonce", lambda: "0123456789abcdef" * 2)
    monkeypatch.setattr("bge_private._signing.utc_timestamp", lambda: "2024-05-06T07:08:09Z")
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        page = {"data": [], "pagination": {"page": 1, "count": 0, "total": 0}}
        if request.url.path.endswith("/register"):
            page = {"data": {"biosample_id": "E-U19342736148"}}
        return httpx.Response(200, json={"code": 0, "msg": "success", **page})

    endpoint = "http://127.0.0.1:9"
    api = bge_private.PrivateAPI(
        APP_KEY, APP_SECRET, endpoint=endpoint, transport=httpx.MockTransport(answer)
    )
    getattr(api, method)(**kwargs)
    op = operation(method)
    request_kwargs = op.module._get_kwargs(body=op.build_form(kwargs))
    assert request_kwargs["url"] == path and "data" in request_kwargs
    with httpx.Client(
        base_url=endpoint,
        auth=SigningAuth(APP_KEY, APP_SECRET),
        headers=api._headers,
        transport=httpx.MockTransport(answer),
    ) as client:
        client.request(**request_kwargs)
    mine, theirs = sent
    assert (mine.method, mine.url) == (theirs.method, theirs.url)
    assert mine.headers.raw == theirs.headers.raw
    assert mine.content == theirs.content
    assert b"&app_key=" in mine.content and b"&sign=" in mine.content
