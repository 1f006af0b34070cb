"""uvicorn's HTTP/1.1 protocol with the two limits it lacks: a request deadline, a connection cap.

uvicorn closes a kept-alive connection that stays idle, but not one that sends its request a
byte at a time: such connections would pile up until the process runs out of descriptors. Here a
connection has `request_timeout` seconds, from when it opens or its previous answer ends, to
deliver a request's headers (the body has its own deadline, in forms.read_body); then it is
closed. And at most `max_connections` are open at once: one more is answered 503 and closed at
once, so that the slow ones cannot take every descriptor.
"""

from __future__ import annotations

import asyncio
import logging
import sys

from uvicorn.protocols.http.h11_impl import H11Protocol

DEFAULT_MAX_CONNECTIONS = 128
# The listening socket's backlog, and the most connections asyncio accepts in one go (each takes
# a descriptor before the cap below can refuse it).
LISTEN_BACKLOG = 128
# Descriptors for everything but connections: the database and its WAL files, reader
# connections, standard streams, the event loop's own.
_SPARE_DESCRIPTORS = 64

logger = logging.getLogger(__name__)


def _plain_answer(status: str, text: str, *headers: str) -> bytes:
    """A whole HTTP/1.1 answer that closes the connection, as bytes."""
    body = text.encode()
    lines = [f"HTTP/1.1 {status}", "content-type: text/plain; charset=utf-8", *headers]
    lines += ["connection: close", f"content-length: {len(body)}", "", ""]
    return "\r\n".join(lines).encode() + body


_TOO_SLOW = _plain_answer("408 Request Timeout", "the request headers came in too slowly")
_TOO_MANY = _plain_answer(
    "503 Service Unavailable", "too many connections are open", "retry-after: 1"
)


def fit_connections(wanted: int) -> int:
    """How many connections may be open at once: `wanted`, fewer if the open-file limit is low.

    Raises the soft limit towards the hard one first. Past the limit, accept() fails (EMFILE)
    and asyncio retries it a second later, logging a traceback each time, while every new
    client waits.
    """
    if sys.platform == "win32":  # pragma: no cover - no RLIMIT_NOFILE there
        return wanted
    import resource

    needed = wanted + LISTEN_BACKLOG + _SPARE_DESCRIPTORS
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        raised = needed if hard == resource.RLIM_INFINITY else min(hard, needed)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (raised, hard))
            soft = raised
        except (ValueError, OSError):
            pass
    if soft == resource.RLIM_INFINITY or soft >= needed:
        return wanted
    fitted = max(1, soft - LISTEN_BACKLOG - _SPARE_DESCRIPTORS)
    logger.warning(
        "the open-file limit is %d: at most %d connections at once, not %d", soft, fitted, wanted
    )
    return fitted


def quiet_out_of_descriptors(loop: asyncio.AbstractEventLoop) -> None:
    """Have `loop` report accept()'s EMFILE in one line a second, not a traceback each time.

    asyncio survives it (it stops accepting for a second, then tries again) but would log a
    whole traceback per attempt; every other error goes to the handler as before.
    """
    previous = loop.get_exception_handler()
    next_log = [0.0]

    def handle(loop: asyncio.AbstractEventLoop, context: dict[str, object]) -> None:
        exc = context.get("exception")
        if context.get("message") == "socket.accept() out of system resource" and isinstance(
            exc, OSError
        ):
            if loop.time() >= next_log[0]:
                next_log[0] = loop.time() + 1.0
                logger.warning("cannot accept connections for now: %s", exc.strerror or exc)
            return
        if previous is None:
            loop.default_exception_handler(context)
        else:
            previous(loop, context)

    loop.set_exception_handler(handle)


def guarded_h11_protocol(request_timeout: float, max_connections: int) -> type[asyncio.Protocol]:
    """An H11Protocol subclass (for uvicorn.Config(http=...)) enforcing both limits."""
    if request_timeout <= 0:
        raise ValueError("request_timeout must be more than 0")
    if max_connections < 1:
        raise ValueError("max_connections must be at least 1")

    refusals = {"next_log": 0.0}

    class GuardedH11Protocol(H11Protocol):
        _deadline: asyncio.TimerHandle | None = None
        # The request-response cycle that was current when the deadline was set: a new cycle
        # means a request's headers have all arrived.
        _waiting_after: object = None
        _received: bool = False

        def connection_made(  # type: ignore[override]
            self, transport: asyncio.Transport
        ) -> None:
            # Counted before this one joins; uvicorn's own set of this server's connections.
            full = len(self.connections) >= max_connections
            super().connection_made(transport)
            if full:
                now = self.loop.time()
                if now >= refusals["next_log"]:
                    # At most one line a second: a flood of connections must not flood the log.
                    refusals["next_log"] = now + 1.0
                    logger.warning("refusing connections: %d are open already", max_connections)
                transport.write(_TOO_MANY)
                transport.close()
                return
            self._set_deadline()

        def data_received(self, data: bytes) -> None:
            self._received = True
            super().data_received(data)
            if self._deadline is not None and self.cycle is not self._waiting_after:
                self._clear_deadline()

        def on_response_complete(self) -> None:
            finished = self.cycle
            super().on_response_complete()
            # Unless a pipelined request has started already, the next one is now awaited.
            if not self.transport.is_closing() and self.cycle is finished:
                self._set_deadline()

        def connection_lost(self, exc: Exception | None) -> None:
            self._clear_deadline()
            super().connection_lost(exc)

        def _set_deadline(self) -> None:
            self._clear_deadline()
            self._waiting_after, self._received = self.cycle, False
            self._deadline = self.loop.call_later(request_timeout, self._too_slow)

        def _clear_deadline(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def _too_slow(self) -> None:
            self._deadline = None
            if self.transport.is_closing():
                return
            if self._received:
                # Part of a request came: say why it is cut off. (h11 cannot answer a request
                # whose headers it has not seen, so the answer is written as bytes.)
                logger.info(
                    "closed a connection whose request headers took over %gs", request_timeout
                )
                self.transport.write(_TOO_SLOW)
            self.transport.close()

    return GuardedH11Protocol
