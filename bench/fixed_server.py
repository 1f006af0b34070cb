"""A fixed-answer HTTP server for the benchmark: canned bytes per path, no signature check, no DB.

The benchmark measures clients, so the server must cost as little as possible per request. It
answers from bytes built once at start-up; the only per-request work is finding how many ids the
form asks for and a dict lookup. Two implementations share the answers:

- ``raw`` (default): a minimal HTTP/1.1 server on asyncio's Protocol API (keep-alive,
  Content-Length bodies only). It is several times cheaper per request than uvicorn with its
  pure-Python h11 parser, which is what uvicorn falls back to when httptools is not installed.
- ``uvicorn``: the same answers from a trivial ASGI app, one worker, access log off,
  httptools/uvloop when installed, else h11/asyncio.

Run: ``python bench/fixed_server.py [--server raw|uvicorn] [--port 0]``. It listens on
127.0.0.1 only, prints ``PORT <n>`` on stdout once it listens, and exits when its
stdin reaches end-of-file, so it never outlives the benchmark that started it.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import json
import os
import socket
import sys
import threading
from pathlib import Path
from typing import Any
from urllib.parse import unquote_to_bytes

HERE = Path(__file__).resolve().parent
# The documentation's sample record (seed E-B19137107158), the template of every answered sample.
SAMPLE_RECORD = json.loads((HERE / "sample_record.json").read_text(encoding="utf-8"))
REGISTERED_ID = "E-U19342736148"
MAX_LIMIT = 100  # openapi.yaml: Limit.maximum
DEFAULT_LIMIT = 50  # openapi.yaml: Limit.default

SAMPLES_PATH = b"/openbge/samples"
REGISTER_PATH = b"/openbge/samples/register"
ID_FIELDS = (b"biosample_id", b"external_sample_id")


def _json_bytes(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _sample(index: int) -> dict[str, Any]:
    record = dict(SAMPLE_RECORD)
    # Distinct ids within a page (same pattern, 11 digits), so a client cannot dedupe records.
    record["biosample_id"] = f"E-B{19137107158 + index:011d}"
    return record


class Answers:
    """Every answer body, built once: samples pages by size, the registration, a 404."""

    def __init__(self) -> None:
        samples = [_sample(i) for i in range(MAX_LIMIT)]
        self.samples_pages: list[bytes] = []
        for count in range(MAX_LIMIT + 1):
            envelope = {
                "code": 0,
                "msg": "success",
                "data": samples[:count],
                # total == count on page 1, so a client sees this page as the last one.
                "pagination": {
                    "page": 1,
                    "limit": DEFAULT_LIMIT,
                    "count": count,
                    "total": count,
                    "pages": 1,
                },
            }
            self.samples_pages.append(_json_bytes(envelope))
        self.register = _json_bytes(
            {"code": 0, "msg": "success", "data": {"biosample_id": REGISTERED_ID}}
        )
        self.not_found = _json_bytes({"code": 40400, "msg": "no such path (fixed_server)"})

    def body_for(self, path: bytes, form: bytes) -> tuple[int, bytes]:
        """The status and JSON body answering a POST of the urlencoded `form` to `path`."""
        if path == SAMPLES_PATH:
            return 200, self.samples_pages[samples_asked(form)]
        if path == REGISTER_PATH:
            return 200, self.register
        return 404, self.not_found


def samples_asked(form: bytes) -> int:
    """How many samples a get_samples form asks for: its ids (commas + 1), capped by `limit`."""
    ids = 0
    limit = DEFAULT_LIMIT
    for pair in form.split(b"&"):
        name, _, value = pair.partition(b"=")
        if name in ID_FIELDS and value:
            ids = value.count(b",") + value.upper().count(b"%2C") + 1
        elif name == b"limit":
            with contextlib.suppress(ValueError):
                limit = int(unquote_to_bytes(value))
    return max(0, min(ids, limit, MAX_LIMIT))


# ---------------------------------------------------------------------------- raw asyncio server

_REASONS = {200: b"OK", 400: b"Bad Request", 404: b"Not Found", 501: b"Not Implemented"}


def _response(status: int, body: bytes, close: bool) -> bytes:
    head = b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n" % (
        status,
        _REASONS[status],
        len(body),
    )
    return head + (b"Connection: close\r\n\r\n" if close else b"\r\n") + body


class RawResponses:
    """Whole HTTP responses (status line, headers, body), keyed by body, built on first use."""

    def __init__(self, answers: Answers) -> None:
        self.answers = answers
        self._cache: dict[tuple[int, bytes, bool], bytes] = {}
        self.bad_request = _response(400, b'{"code":40000,"msg":"bad request"}', True)
        self.unsupported = _response(
            501, b'{"code":50100,"msg":"chunked bodies unsupported"}', True
        )

    def get(self, path: bytes, form: bytes, close: bool) -> bytes:
        status, body = self.answers.body_for(path, form)
        key = (status, body, close)
        # bytes hash is cached by CPython, so this lookup does not rehash a 100 kB body.
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = _response(status, body, close)
        return cached


class RawProtocol(asyncio.Protocol):
    """One HTTP/1.1 connection: requests with Content-Length bodies, answered in order."""

    MAX_HEAD = 64 * 1024

    def __init__(self, responses: RawResponses, delay: float = 0.0) -> None:
        self.responses = responses
        self.delay = delay
        self.queue: collections.deque[tuple[float, bytes, bool]] = collections.deque()
        self.answered = False
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer
        buffer += data
        transport = self.transport
        assert transport is not None
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(buffer) > self.MAX_HEAD:
                    self._fail(self.responses.bad_request)
                return
            lines = bytes(buffer[:end]).split(b"\r\n")
            parts = lines[0].split(b" ")
            if len(parts) != 3:
                self._fail(self.responses.bad_request)
                return
            path, version = parts[1].split(b"?", 1)[0], parts[2]
            length = 0
            close = version != b"HTTP/1.1"
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value)
                elif name == b"connection":
                    token = value.strip().lower()
                    close = token == b"close" or (close and token != b"keep-alive")
                elif name == b"transfer-encoding":
                    self._fail(self.responses.unsupported)
                    return
            start = end + 4
            if len(buffer) < start + length:
                return
            form = bytes(buffer[start : start + length])
            del buffer[: start + length]
            response = self.responses.get(path, form, close)
            if self.delay:
                self._send_later(response, close)
            else:
                transport.write(response)
                if close:
                    transport.close()
            if close:
                return

    def _send_later(self, response: bytes, close: bool) -> None:
        """Sends `response` `delay` seconds from now, after every answer queued before it.

        The first answer on a connection waits twice as long: opening the connection cost the
        client a round trip of its own (TCP's handshake; TLS would add one or two more).
        """
        loop = asyncio.get_running_loop()
        delay = self.delay if self.answered else 2 * self.delay
        self.answered = True
        self.queue.append((loop.time() + delay, response, close))
        if len(self.queue) == 1:
            loop.call_at(self.queue[0][0], self._send_due)

    def _send_due(self) -> None:
        loop = asyncio.get_running_loop()
        transport = self.transport
        while self.queue and self.queue[0][0] <= loop.time():
            _due, response, close = self.queue.popleft()
            if transport is None or transport.is_closing():
                continue
            transport.write(response)
            if close:
                transport.close()
        if self.queue:
            loop.call_at(self.queue[0][0], self._send_due)

    def _fail(self, response: bytes) -> None:
        assert self.transport is not None
        self.transport.write(response)
        self.transport.close()


async def serve_raw(sock: socket.socket, answers: Answers, delay: float) -> None:
    responses = RawResponses(answers)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: RawProtocol(responses, delay), sock=sock, backlog=1024
    )
    async with server:
        await server.serve_forever()


# ---------------------------------------------------------------------------- uvicorn (ASGI)


def asgi_app(answers: Answers, delay: float) -> Any:
    seen: set[Any] = set()  # (host, port) of the connections answered, with --latency-ms

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        status, body = answers.body_for(scope["path"].encode("latin-1"), b"".join(chunks))
        if delay:
            # As in the raw server: a new connection's first answer waits a second round trip.
            client = scope.get("client")
            first = client not in seen
            seen.add(client)
            await asyncio.sleep(2 * delay if first else delay)
        headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


def uvicorn_choices() -> tuple[str, str]:
    """uvicorn's (http, loop) implementations: the fast ones when installed."""
    try:
        import httptools  # type: ignore[import-not-found,unused-ignore]  # noqa: F401

        http = "httptools"
    except ImportError:
        http = "h11"
    try:
        import uvloop  # type: ignore[import-not-found,unused-ignore]  # noqa: F401

        loop = "uvloop"
    except ImportError:
        loop = "asyncio"
    return http, loop


def serve_uvicorn(sock: socket.socket, answers: Answers, delay: float) -> None:
    import uvicorn

    http, loop = uvicorn_choices()
    config = uvicorn.Config(
        asgi_app(answers, delay),
        http=http,
        loop=loop,
        workers=1,
        access_log=False,
        log_level="warning",
        lifespan="off",
        backlog=1024,
    )
    uvicorn.Server(config).run(sockets=[sock])


# ---------------------------------------------------------------------------- process


def announce(sock: socket.socket) -> None:
    print(f"PORT {sock.getsockname()[1]}", flush=True)


def exit_with_parent() -> None:
    """Exits the process as soon as stdin closes (the benchmark ended, however it ended)."""

    def watch() -> None:
        try:
            while sys.stdin.buffer.read(4096):
                pass
        finally:
            os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--server", choices=("raw", "uvicorn"), default="raw")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument(
        "--latency-ms",
        type=float,
        default=0.0,
        help="hold every answer this long, a new connection's first twice as long (default 0)",
    )
    args = parser.parse_args()

    exit_with_parent()
    answers = Answers()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", args.port))
    sock.listen(1024)
    sock.setblocking(False)
    # Connections made from now on wait in the backlog until the server accepts them.
    announce(sock)
    delay = args.latency_ms / 1000.0
    if args.server == "uvicorn":
        serve_uvicorn(sock, answers, delay)
        return
    try:
        import uvloop  # type: ignore[import-not-found,unused-ignore]

        loop_factory = uvloop.new_event_loop
    except ImportError:
        loop_factory = None
    with asyncio.Runner(loop_factory=loop_factory) as runner:
        runner.run(serve_raw(sock, answers, delay))


if __name__ == "__main__":
    main()
