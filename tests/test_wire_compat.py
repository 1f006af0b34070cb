"""Wire compatibility: for every documented call, PrivateAPI sends what the reference SDK sends."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

import private_sdk
import pytest

import bge_private
from bge_private._signing import verify_sign
from seed_examples import Example, examples

APP_KEY = "wire-test-key"
APP_SECRET = "wire-test-secret-不-公开"
VOLATILE = {"signature_nonce", "timestamp", "sign"}
JSON_FIELDS = {"AND", "OR"}

# Answers that both clients accept, one per path.
ANSWERS: dict[str, dict[str, Any]] = {
    "/openbge/samples": {
        "code": 0,
        "msg": "ok",
        "data": [],
        "pagination": {"page": 1, "count": 0, "total": 0},
    },
    "/openbge/samples/register": {
        "code": 0,
        "msg": "ok",
        "data": {"biosample_id": "E-U19342736148"},
    },
    "/openbge/samples/improve": {"code": 0, "msg": "ok", "data": None},
    "/api/survey/task": {"code": 0, "msg": "ok", "data": {"status": "PENDING", "result": None}},
    "/api/survey/projects": {
        "code": 0,
        "msg": "ok",
        "data": {"limit": 50, "total": 0, "result": [], "count": 0, "page": 1, "pages": 0},
    },
    "/api/survey/target": {
        "code": 0,
        "msg": "ok",
        "data": {"total": 0, "page": 1, "count": 0, "limit": 50, "pages": 0, "result": []},
    },
    "/api/survey/question_size": {"code": 0, "msg": "ok", "data": {"total": 0}},
    "/openbge/wechat/profile": {
        "code": 0,
        "msg": "ok",
        "data": {"openid": {"home": None, "wgs": None, "bger": None}, "nickname": None},
    },
}


class _Capture(BaseHTTPRequestHandler):
    captured: list[tuple[str, list[tuple[str, str]]]]
    peers: list[tuple[str, int]]
    protocol_version = "HTTP/1.1"  # keep-alive, as a real server offers

    def do_POST(self) -> None:
        self.peers.append(self.client_address)
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True)
        self.captured.append((self.path, pairs))
        answer = json.dumps(ANSWERS[self.path]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def capture() -> Iterator[tuple[str, list[tuple[str, list[tuple[str, str]]]]]]:
    captured: list[tuple[str, list[tuple[str, str]]]] = []
    handler = type("Handler", (_Capture,), {"captured": captured, "peers": PEERS})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", captured
    finally:
        server.shutdown()
        server.server_close()


def _send(example: Example, client_class: type[Any], endpoint: str, captured: list[Any]) -> Any:
    before = len(captured)
    example.run(client_class, APP_KEY, APP_SECRET, endpoint)
    assert len(captured) == before + 1, "each documented call is exactly one request"
    return captured[-1]


def _comparable(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name, value in pairs:
        assert name not in fields, f"field {name} sent twice"
        if name in VOLATILE:
            continue
        fields[name] = json.loads(value) if name in JSON_FIELDS else value
    # The reference sends an absent JSON field as the text "null"; leaving it out is equivalent.
    return {name: value for name, value in fields.items() if value is not None}


ALL = examples()
PEERS: list[tuple[str, int]] = []  # the client address of each request, in order


def test_one_kept_alive_connection_for_many_calls(capture: Any) -> None:
    endpoint, _ = capture
    fields = {"user_id": "5c033e04f89dd15e44d48b7d"}
    with bge_private.PrivateAPI(APP_KEY, APP_SECRET, endpoint=endpoint) as ours:
        start = len(PEERS)
        for _ in range(5):
            ours.question_size(**fields)
        assert len(set(PEERS[start:])) == 1, "PrivateAPI reuses one connection"
    theirs = private_sdk.PrivateAPI(APP_KEY, APP_SECRET, endpoint=endpoint)
    start = len(PEERS)
    for _ in range(5):
        theirs.question_size(**fields)
    assert len(set(PEERS[start:])) == 5, "the reference opens a connection per call"


def test_every_documented_operation_is_covered() -> None:
    assert {example.method for example in ALL} == {
        "get_samples",
        "register_sample",
        "improve_sample",
        "task_result",
        "survey_projects",
        "survey_target",
        "question_size",
        "wechat_profile",
    }


@pytest.mark.parametrize("example", ALL, ids=[e.method for e in ALL])
def test_same_form_as_reference(capture: Any, example: Example, capsys: Any) -> None:
    endpoint, captured = capture
    ours_path, ours = _send(example, bge_private.PrivateAPI, endpoint, captured)
    ours_output = capsys.readouterr().out
    theirs_path, theirs = _send(example, private_sdk.PrivateAPI, endpoint, captured)
    theirs_output = capsys.readouterr().out

    assert ours_path == theirs_path
    assert _comparable(ours) == _comparable(theirs)
    assert _comparable(ours), "the call sends its own fields"
    # Same printed result for the same answer (the reference's Model.dumps/print format).
    assert ours_output == theirs_output
    # Ours is signed over exactly what was sent, with a real nonce and timestamp.
    ours_fields = dict(ours)
    assert ours_fields["app_key"] == APP_KEY
    assert len(ours_fields["signature_nonce"]) == 32
    assert verify_sign(APP_SECRET, ours_fields)
