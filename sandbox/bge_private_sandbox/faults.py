"""Seeded fault injection: lost connections, gateway errors, slow and truncated answers."""

from __future__ import annotations

import asyncio
import logging
import random
import re
import threading
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import SERVICE_BUSY, TOO_MANY_REQUESTS, ApiError

logger = logging.getLogger(__name__)

DEFAULT_DELAY_SECONDS = 5.0
# How long to wait for the server to notice a connection the sandbox closed itself.
_DISCONNECT_WAIT_SECONDS = 5.0


class FaultKind(StrEnum):
    """What can go wrong with a request, from the client's side of the wire."""

    DROP_BEFORE = "drop_before"
    """The connection is closed before the request is processed: nothing happens."""
    DROP_AFTER = "drop_after"
    """The request is processed and committed, then the connection closes before any answer."""
    UNAVAILABLE = "503"
    """HTTP 503 with Retry-After, as from a gateway: nothing is processed."""
    THROTTLED = "429"
    """HTTP 429 with Retry-After, as from a gateway: nothing is processed."""
    SLOW = "slow"
    """The request is processed and committed at once; its answer comes `delay` seconds late."""
    TRUNCATED = "truncated"
    """Processed; the answer promises its full Content-Length but stops halfway, then closes."""


@dataclass(frozen=True)
class FaultConfig:
    """Which share of operation requests fail, and the seed that decides which ones and how."""

    rate: float
    seed: int = 0
    delay: float = DEFAULT_DELAY_SECONDS
    kinds: tuple[FaultKind, ...] = tuple(FaultKind)

    def __post_init__(self) -> None:
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError(f"fault rate must be between 0 and 1, got {self.rate}")
        if self.delay < 0:
            raise ValueError(f"fault delay must not be negative, got {self.delay}")
        if not self.kinds:
            raise ValueError("at least one fault kind is needed")


def close_connection(send: Send) -> None:
    """Close the TCP connection under this request at once, mid-exchange.

    ASGI has no way to abort a connection, so this reaches into the server: uvicorn hands the
    application the bound method `RequestResponseCycle.send`, whose object holds the asyncio
    transport. This works as long as the sandbox is served by uvicorn (h11 or httptools) and
    this middleware is the outermost one, so that `send` is still uvicorn's own; the fault
    tests fail loudly if a uvicorn upgrade changes that.
    """
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if not isinstance(transport, asyncio.Transport):
        raise RuntimeError(
            "fault injection needs the sandbox to be the outermost app served by uvicorn"
        )
    transport.close()


async def _await_disconnect(receive: Receive) -> None:
    # Returning only once the server has seen the close keeps it from reporting an
    # "application returned without a response" error for a connection that is gone anyway.
    async def drain() -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    try:
        await asyncio.wait_for(drain(), _DISCONNECT_WAIT_SECONDS)
    except TimeoutError:
        logger.warning("the server did not notice a closed connection in time")


class FaultInjector:
    """ASGI middleware that makes a seeded share of requests to `paths` fail.

    `paths` are the spec's, `{parameter}` templates included. It must wrap the whole
    application (see close_connection).
    """

    def __init__(self, app: ASGIApp, config: FaultConfig, paths: Collection[str]) -> None:
        self.app = app
        self.config = config
        self.paths = frozenset(paths)
        # A `{parameter}` (escaped by re.escape) matches one path segment, as in the router.
        templates = [
            re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path))
            for path in self.paths
            if "{" in path
        ]
        self._templated = re.compile("|".join(templates)) if templates else None
        self._random = random.Random(config.seed)
        self._lock = threading.Lock()

    def covers(self, path: str) -> bool:
        """Whether requests to `path` may be made to fail."""
        if path in self.paths:
            return True
        return self._templated is not None and self._templated.fullmatch(path) is not None

    def choose(self) -> FaultKind | None:
        """The fault for the next request, if any; the sequence depends only on the seed."""
        with self._lock:
            if self._random.random() >= self.config.rate:
                return None
            return self._random.choice(self.config.kinds)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.covers(scope["path"]):
            await self.app(scope, receive, send)
            return
        kind = self.choose()
        if kind is None:
            await self.app(scope, receive, send)
            return
        logger.info("injecting fault %s into %s %s", kind, scope["method"], scope["path"])
        if kind is FaultKind.DROP_BEFORE:
            close_connection(send)
            await _await_disconnect(receive)
        elif kind is FaultKind.DROP_AFTER:
            await self.app(scope, receive, _discard)
            close_connection(send)
            await _await_disconnect(receive)
        elif kind in (FaultKind.UNAVAILABLE, FaultKind.THROTTLED):
            await self._refuse(kind, scope, receive, send)
        elif kind is FaultKind.SLOW:
            await self._answer_late(scope, receive, send)
        else:
            await self._truncate(scope, receive, send)

    @staticmethod
    async def _refuse(kind: FaultKind, scope: Scope, receive: Receive, send: Send) -> None:
        if kind is FaultKind.UNAVAILABLE:
            status, error = 503, ApiError(SERVICE_BUSY, "service unavailable; retry later")
        else:
            status, error = 429, ApiError(TOO_MANY_REQUESTS, "too many requests; retry later")
        response = Response(
            error.envelope().model_dump_json(),
            status_code=status,
            media_type="application/json",
            headers={"Retry-After": "1", "X-Sandbox-Fault": kind.value},
        )
        await response(scope, receive, send)

    async def _answer_late(self, scope: Scope, receive: Receive, send: Send) -> None:
        # The request is processed (and committed) at once and only the answer is late, as when
        # a gateway or network holds it: a client that gave up can then find what it created.
        messages: list[Message] = []

        async def hold(message: Message) -> None:
            messages.append(message)

        await self.app(scope, receive, hold)
        await asyncio.sleep(self.config.delay)
        for message in messages:
            await send(message)

    async def _truncate(self, scope: Scope, receive: Receive, send: Send) -> None:
        start: Message | None = None
        body = bytearray()

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                body.extend(message.get("body", b""))

        await self.app(scope, receive, capture)
        if start is None:
            close_connection(send)
        else:
            # The headers, Content-Length included, go out unchanged: the client is promised
            # the whole body and gets half of it.
            await send(start)
            await send(
                {
                    "type": "http.response.body",
                    "body": bytes(body[: len(body) // 2]),
                    "more_body": True,
                }
            )
            close_connection(send)
        await _await_disconnect(receive)


async def _discard(message: Message) -> None:
    """An ASGI `send` that throws the answer away."""
