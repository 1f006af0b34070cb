"""The shared core of both clients: one call as a plan of sends and sleeps, with retries.

A call is written once, as a generator (a "plan") that yields `Send` and `Sleep` steps and
receives their outcomes. `PrivateAPI` runs plans with blocking I/O, `AsyncPrivateAPI` with
asyncio; neither knows anything about retries, envelopes or errors.
"""

from __future__ import annotations

import email.utils
import json
import logging
import random
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import parse_qsl

import httpx
from bge_private_client.models.retryable_error_code import RetryableErrorCode
from bge_private_client.types import Unset

from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    BGEError,
    InvalidResponseError,
)
from ._model import Model
from ._operations import Operation, operation

logger = logging.getLogger("bge_private")

T = TypeVar("T")

DEFAULT_ENDPOINT = "https://api.private.omgut.com"
DEFAULT_MAX_RETRIES = 3
DEFAULT_TIMEOUT = 18.0

# Envelope codes that mean "nothing was done, try again" (from openapi.yaml).
RETRYABLE_CODES = frozenset(int(code) for code in RetryableErrorCode)
# HTTP statuses worth another attempt; of these, only 502 and 504 may hide a processed request
# (a gateway may have forwarded it before giving up).
RETRYABLE_STATUSES = frozenset({408, 429, 502, 503, 504})
MAYBE_PROCESSED_STATUSES = frozenset({502, 504})

INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0
BODY_EXCERPT = 200


@dataclass(frozen=True)
class Send:
    """Send the form once through the generated function; the outcome is its Response."""

    operation: Operation
    body: Any
    path: Mapping[str, Any] | None = None

    def arguments(self) -> dict[str, Any]:
        """The generated function's arguments besides `client`: the body and path values."""
        return {"body": self.body, **(self.path or {})}


@dataclass(frozen=True)
class Sleep:
    """Wait before the next attempt."""

    seconds: float


Step = Send | Sleep
Plan = Generator[Step, Any, T]
Unwrap = Callable[[Any], T]


@dataclass(frozen=True)
class Options:
    """Per-client (and, through with_options, per-call) settings of the core."""

    max_retries: int = DEFAULT_MAX_RETRIES


def _retry_after(headers: Mapping[str, str]) -> float | None:
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        when = email.utils.parsedate_to_datetime(value) if value else None
        if when is None:
            return None
        seconds = when.timestamp() - time.time()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _excerpt(content: bytes) -> str:
    text = content[: BODY_EXCERPT * 4].decode("utf-8", errors="replace")
    return text[:BODY_EXCERPT]


def _raw_data(content: bytes) -> Any:
    try:
        document = json.loads(content)
    except ValueError:
        return None
    return document.get("data") if isinstance(document, dict) else None


def check_envelope(op: Operation, response: Any) -> Any:
    """The parsed envelope of a successful answer; otherwise the matching BGEError."""
    if response.status_code != 200:
        error = APIStatusError(
            int(response.status_code), _excerpt(response.content), operation=op.name
        )
        error.retry_after = _retry_after(response.headers)
        raise error
    parsed = response.parsed
    code = getattr(parsed, "code", None)
    if not isinstance(code, int) or isinstance(code, bool):
        raise InvalidResponseError("the answer has no integer `code`", operation=op.name)
    if code != 0:
        msg = parsed.msg if isinstance(parsed.msg, str) else None
        api_error = APIError(code, msg, _raw_data(response.content), operation=op.name)
        api_error.retry_after = _retry_after(response.headers)
        raise api_error
    return parsed


def plain(value: Any) -> Any:
    """A parsed JSON value, with the generated client's "absent" marker as None."""
    return None if isinstance(value, Unset) else value


def data_model(envelope: Any) -> Model:
    """The envelope's `data` object (parsed JSON, see generator/generate.py) as a Model."""
    data = envelope.data
    if type(data) is not dict:
        raise InvalidResponseError(f"`data` is {type(data).__name__}, not an object")
    return Model._adopt(data)


def as_bge_error(op: Operation, exc: Exception) -> BGEError:
    """Any failure of one attempt as the BGEError the caller would see."""
    if isinstance(exc, BGEError):
        if exc.operation is None:
            exc.operation = op.name
            exc.args = (f"{op.name}: {exc.args[0]}",) if exc.args else exc.args
        return exc
    if isinstance(exc, httpx.TimeoutException):
        sent = not isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout)
        kind = type(exc).__name__
        return APITimeoutError(f"no answer in time ({kind})", request_sent=sent, operation=op.name)
    if isinstance(exc, httpx.ConnectError):
        return APIConnectionError(
            f"could not connect: {exc}", request_sent=False, operation=op.name
        )
    if isinstance(exc, httpx.DecodingError):
        return InvalidResponseError(f"undecodable answer: {exc}", operation=op.name)
    if isinstance(exc, httpx.TransportError):
        return APIConnectionError(
            f"connection failed ({type(exc).__name__}): {exc}", request_sent=True, operation=op.name
        )
    if isinstance(exc, httpx.HTTPError):
        return BGEError(f"request failed ({type(exc).__name__}): {exc}", operation=op.name)
    if isinstance(exc, ValueError | KeyError | TypeError | AttributeError | IndexError):
        # Raised by the generated parser on a body that is not JSON or not of the spec's shape.
        return InvalidResponseError(
            f"the answer is not of the expected shape ({type(exc).__name__}: {exc})",
            operation=op.name,
        )
    raise exc


def is_retryable(error: BGEError) -> bool:
    if isinstance(error, APIConnectionError | InvalidResponseError):
        return True
    if isinstance(error, APIStatusError):
        return error.status_code in RETRYABLE_STATUSES
    if isinstance(error, APIError):
        return error.code in RETRYABLE_CODES
    return False


def may_have_been_processed(error: BGEError) -> bool:
    """Whether the platform may have acted on the request although the call failed."""
    if isinstance(error, APIConnectionError):
        return error.request_sent
    if isinstance(error, APIStatusError):
        return error.status_code in MAYBE_PROCESSED_STATUSES
    # A body we could not read came from a platform that had processed the request.
    return isinstance(error, InvalidResponseError)


def backoff(attempt: int, error: BGEError) -> float:
    """Seconds to wait before retry number `attempt` (0-based): the server's word, or jittered."""
    if error.retry_after is not None:
        return error.retry_after
    ceiling = min(MAX_BACKOFF, INITIAL_BACKOFF * 2.0**attempt)
    return ceiling * (0.5 + random.random() / 2)


def call_plan(
    name: str,
    fields: Mapping[str, Any],
    unwrap: Unwrap[T],
    options: Options,
    *,
    idempotent: bool = True,
    recover: Callable[[], Plan[T | None]] | None = None,
    path: Mapping[str, Any] | None = None,
) -> Plan[T]:
    """The plan of one call: validate, send, retry what may be retried, unwrap the answer.

    A non-idempotent call whose outcome is unknown is retried only after `recover` (a plan that
    looks for what the lost attempt may have created) finds nothing; without `recover`, only
    failures that prove nothing was processed are retried.
    """
    op = operation(name)
    body = op.build_form(fields)
    attempt = 0
    while True:
        try:
            response = yield Send(op, body, path)
            return unwrap(check_envelope(op, response))
        except Exception as exc:  # every failure is classified, and re-raised if not ours
            error = as_bge_error(op, exc)
            cause = exc
        if attempt >= options.max_retries or not is_retryable(error):
            raise error from (None if error is cause else cause)
        lost = not idempotent and may_have_been_processed(error)
        if lost and recover is None:
            raise error from (None if error is cause else cause)
        delay = backoff(attempt, error)
        logger.info(
            "%s: attempt %d failed (%s); retrying in %.2fs", name, attempt + 1, error, delay
        )
        # After a lost answer the wait comes first: a slow platform gets time to finish the
        # attempt before we look for what it created.
        yield Sleep(delay)
        if lost and recover is not None:
            found = yield from recover()
            if found is not None:
                logger.info("%s: recovered the result of an attempt whose answer was lost", name)
                return found
        attempt += 1


def redacted_form(content: bytes) -> str:
    """A request body for the log, with the signature hidden."""
    pairs = parse_qsl(content.decode("utf-8", errors="replace"), keep_blank_values=True)
    return ", ".join(
        f"{name}={'<redacted>' if name == 'sign' else value!r}" for name, value in pairs
    )


def log_request(request: httpx.Request) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("request POST %s {%s}", request.url, redacted_form(request.content))


def log_response(response: httpx.Response) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "answer %s from %s: %s",
            response.status_code,
            response.request.url,
            _excerpt(response.content),
        )
