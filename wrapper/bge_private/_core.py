"""The shared core of both clients: one call as a plan of sends and sleeps, with retries.

A call is written once, as a generator (a "plan") that yields `Send` and `Sleep` steps and
receives their outcomes. `PrivateAPI` runs plans with blocking I/O, `AsyncPrivateAPI` with
asyncio; neither knows anything about retries, envelopes or errors.
"""

from __future__ import annotations

import dataclasses
import email.utils
import functools
import json
import logging
import math
import random
import re
import sys
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    BGEError,
    InvalidResponseError,
    OutcomeUnknownError,
    RequestValidationError,
)
from ._generated import RETRYABLE_CODES
from ._lookup import Idempotency, Lookup
from ._model import Model
from ._operations import Operation, operation
from ._redact import redact_cause, redacted_form, scrub, scrub_data, sent, sent_by

logger = logging.getLogger("bge_private")
# Requests and answers of the clients made with verbose=True, and only theirs.
wire_logger = logging.getLogger("bge_private.wire")

T = TypeVar("T")

DEFAULT_ENDPOINT = "https://api.private.omgut.com"
DEFAULT_MAX_RETRIES = 3
DEFAULT_TIMEOUT = 18.0

# HTTP statuses worth another attempt; of these, only 502 and 504 may hide a processed request
# (a gateway may have forwarded it before giving up).
RETRYABLE_STATUSES = frozenset({408, 429, 502, 503, 504})
MAYBE_PROCESSED_STATUSES = frozenset({502, 504})

# What a user can do about the envelope codes that are about the credentials or the clock.
HINTS: dict[int, str] = {
    40101: "a signing field is missing: something between this client and the platform "
    "changed the form",
    40102: "the platform does not know this app_key: check app_key, and that `endpoint` is the "
    "platform it was issued for",
    40103: "the signature does not match: check app_secret; it must be the secret issued with "
    "this app_key, for this endpoint",
    40104: "the request's time is more than 300 s away from the platform's clock: check this "
    "machine's clock",
    40105: "the platform has seen this signed request before: something outside the SDK sent "
    "it again",
}

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
    """Per-client (and, through with_options, per-call) settings of the core; see settings()."""

    max_retries: int = DEFAULT_MAX_RETRIES
    timeout: httpx.Timeout = dataclasses.field(
        default_factory=lambda: httpx.Timeout(DEFAULT_TIMEOUT)
    )
    endpoint: str = DEFAULT_ENDPOINT
    # Writes with a lookup key look for what they would create first (see call_plan).
    create_if_absent: bool = False


def _checked_retries(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"max_retries must be a whole number, not {type(value).__name__}")
    if value != value or value < 0 or value != int(value):
        raise ValueError(f"max_retries must be a whole number of 0 or more, not {value!r}")
    return int(value)


def _checked_seconds(name: str, value: Any, *, none_ok: bool) -> float | None:
    if value is None and none_ok:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(
            f"{name} must be a number of seconds or an httpx.Timeout, not {type(value).__name__}"
        )
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{name} must be a positive, finite number of seconds, not {value!r}")
    return float(value)


def _checked_timeout(value: Any) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        # None in a phase of an httpx.Timeout means "wait as long as it takes", on purpose.
        for phase in ("connect", "read", "write", "pool"):
            _checked_seconds(f"timeout.{phase}", getattr(value, phase), none_ok=True)
        return value
    seconds = _checked_seconds("timeout", value, none_ok=False)
    return httpx.Timeout(seconds)


def _checked_endpoint(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"endpoint must be a URL string, not {type(value).__name__}")
    endpoint = value.rstrip("/")
    if not endpoint.startswith(("http://", "https://")):
        raise ValueError(f"endpoint must be an http(s) URL, not {value!r}")
    return endpoint


def settings(
    base: Options | None = None,
    *,
    endpoint: Any = None,
    max_retries: Any = None,
    timeout: Any = None,
    create_if_absent: Any = None,
) -> Options:
    """`base` (default: the defaults) with the settings given, each checked; None keeps one.

    The one place where settings are checked, for the constructors and with_options alike.
    Raises TypeError for a value of the wrong type, ValueError for one out of range.
    """
    changes: dict[str, Any] = {}
    if endpoint is not None:
        changes["endpoint"] = _checked_endpoint(endpoint)
    if max_retries is not None:
        changes["max_retries"] = _checked_retries(max_retries)
    if timeout is not None:
        changes["timeout"] = _checked_timeout(timeout)
    if create_if_absent is not None:
        if not isinstance(create_if_absent, bool):
            raise TypeError(f"create_if_absent must be True or False, not {create_if_absent!r}")
        changes["create_if_absent"] = create_if_absent
    return dataclasses.replace(base or Options(), **changes)


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


def _excerpt(content: bytes, request: tuple[str, str] | None) -> str:
    # Scrubbed before it is cut, so that no part of an echoed sign survives at the cut.
    text = scrub(content[: BODY_EXCERPT * 4].decode("utf-8", errors="replace"), request)
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
            int(response.status_code), _excerpt(response.content, sent()), operation=op.name
        )
        error.retry_after = _retry_after(response.headers)
        raise error
    parsed = response.parsed
    code = getattr(parsed, "code", None)
    if not isinstance(code, int) or isinstance(code, bool):
        raise InvalidResponseError("the answer has no integer `code`", operation=op.name)
    if code != 0:
        request = sent()
        msg = scrub(parsed.msg, request) if isinstance(parsed.msg, str) else None
        data = scrub_data(_raw_data(response.content), request)
        api_error = APIError(code, msg, data, operation=op.name, hint=HINTS.get(code))
        api_error.retry_after = _retry_after(response.headers)
        raise api_error
    return parsed


@functools.cache
def _unset() -> type:
    """The generated client's "absent" marker class (bge_private_client.types imports attrs:
    loaded on the first answer, not on `import bge_private`)."""
    from bge_private_client.types import Unset

    return Unset


def plain(value: Any) -> Any:
    """A parsed JSON value, with the generated client's "absent" marker as None."""
    return None if isinstance(value, _unset()) else value


def data_model(envelope: Any) -> Model:
    """The envelope's `data` object (parsed JSON, see generator/generate.py) as a Model."""
    data = envelope.data
    if type(data) is not dict:
        raise InvalidResponseError(f"`data` is {type(data).__name__}, not an object")
    return Model._adopt(data)


_TIMEOUT_PHASES: tuple[tuple[type[httpx.TimeoutException], str], ...] = (
    (httpx.ConnectTimeout, "connect"),
    (httpx.WriteTimeout, "write"),
    (httpx.PoolTimeout, "pool"),
    (httpx.ReadTimeout, "read"),
)
_TIMEOUT_WHAT = {
    "connect": "could not connect to {}",
    "write": "could not send the request to {}",
    "pool": "no free connection to {}",
    "read": "no answer from {}",
}
_ERRNO = re.compile(r"^\[Errno -?\d+\]\s*")


def _reason(exc: Exception) -> str:
    """An httpx error's own words, as a short lower-case phrase ("connection refused")."""
    text = scrub(_ERRNO.sub("", str(exc).strip()))
    return text[:1].lower() + text[1:] if text else type(exc).__name__


def _after(attempts: int) -> str:
    return f"after {attempts} attempt{'' if attempts == 1 else 's'}"


def as_bge_error(
    op: Operation, exc: Exception, options: Options | None = None, attempts: int = 1
) -> BGEError:
    """Any failure of a call as the BGEError the caller would see, `attempts` sends in."""
    where = (options or Options()).endpoint
    if isinstance(exc, BGEError):
        if exc.operation is None:
            exc.operation = op.name
            exc.args = (f"{op.name}: {exc.args[0]}",) if exc.args else exc.args
        return exc
    if isinstance(exc, httpx.TimeoutException):
        phase = next((name for kind, name in _TIMEOUT_PHASES if isinstance(exc, kind)), "read")
        seconds = getattr((options or Options()).timeout, phase)
        limit = "no" if seconds is None else f"{seconds:g} s"
        return APITimeoutError(
            f"{_TIMEOUT_WHAT[phase].format(where)} {_after(attempts)} ({limit} {phase} timeout)",
            request_sent=phase not in ("connect", "pool"),
            operation=op.name,
            endpoint=where,
            attempts=attempts,
            timeout=seconds,
        )
    if isinstance(exc, httpx.ConnectError):
        return APIConnectionError(
            f"could not connect to {where} {_after(attempts)} ({_reason(exc)})",
            request_sent=False,
            operation=op.name,
            endpoint=where,
            attempts=attempts,
        )
    if isinstance(exc, httpx.DecodingError):
        return InvalidResponseError(f"undecodable answer: {_reason(exc)}", operation=op.name)
    if isinstance(exc, httpx.TransportError):
        return APIConnectionError(
            f"the connection to {where} failed {_after(attempts)} "
            f"({type(exc).__name__}: {_reason(exc)})",
            request_sent=True,
            operation=op.name,
            endpoint=where,
            attempts=attempts,
        )
    if isinstance(exc, httpx.HTTPError):
        return BGEError(f"request failed ({type(exc).__name__}): {_reason(exc)}", operation=op.name)
    if isinstance(exc, ValueError | KeyError | TypeError | AttributeError | IndexError):
        # Raised by the generated parser on a body that is not JSON or not of the spec's shape.
        return InvalidResponseError(
            f"the answer is not of the expected shape ({type(exc).__name__}: {scrub(str(exc))})",
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


# ---------------------------------------------------------------------------- the plan of a call


@dataclass
class _Budget:
    """The sends of one call, its writes and lookups alike: at most 1 + max_retries."""

    allowed: int
    made: int = 0

    def left(self) -> bool:
        return self.made < self.allowed


@dataclass(frozen=True)
class _Found:
    """The envelope of a write's answer, rebuilt from what the lookup found (for `unwrap`)."""

    data: Any
    code: int = 0
    msg: str = "success"


def _cause(error: BGEError, cause: BaseException) -> BaseException | None:
    """What `error` is raised from: the low-level failure, without the signed request."""
    return None if error is cause else redact_cause(cause)


def _bare(error: BGEError) -> str:
    """An error's message without its "operation: " prefix."""
    text = str(error.args[0]) if error.args else ""
    prefix = f"{error.operation}: "
    return text[len(prefix) :] if error.operation and text.startswith(prefix) else text


def _pause(name: str, budget: _Budget, error: BGEError) -> Plan[None]:
    delay = backoff(budget.made - 1, error)
    logger.info("%s: attempt %d failed; retrying in %.2fs (%s)", name, budget.made, delay, error)
    yield Sleep(delay)


def _unknown(
    op: Operation,
    rule: Idempotency,
    fields: Mapping[str, Any],
    budget: _Budget,
    lost: BGEError | None,
    lookup_error: BGEError | None = None,
) -> OutcomeUnknownError:
    """The error of a write whose effect nobody can tell, saying why and how to send it again."""
    lookup = rule if isinstance(rule, Lookup) else None
    key = lookup.key(fields) if lookup is not None and lookup.applies(fields) else None
    lost_text = f"the answer was lost ({_bare(lost)})" if lost is not None else ""
    head = f"outcome unknown {_after(budget.made)}"
    if key is None:
        missing = ""
        if lookup is not None:
            missing = f"; give {', '.join(lookup.when)} to make it recoverable"
        text = f"{head}: {lost_text} and it cannot be looked up{missing}"
        advice = "check whether it took effect before sending it again"
    else:
        shown = ", ".join(f"{name}={value!r}" for name, value in key.items())
        assert lookup is not None
        if lookup_error is not None:
            looked = f"looking it up with {lookup.operation} failed ({_bare(lookup_error)})"
        else:
            looked = "no attempt was left to look it up"
        why = f"{lost_text} and {looked}" if lost is not None else looked
        text = f"{head} for {shown}: {why}"
        advice = (
            "send it again with .with_options(create_if_absent=True) to create it only if absent"
        )
    return OutcomeUnknownError(
        f"{text}; {advice}",
        operation=op.name,
        lookup_key=key,
        attempts=budget.made,
        lookup_error=lookup_error,
    )


def _repeated(
    op: Operation,
    body: Any,
    unwrap: Unwrap[T],
    options: Options,
    budget: _Budget,
    path: Mapping[str, Any] | None = None,
) -> Plan[T]:
    """Sends a call that is safe to repeat until it succeeds or fails for good."""
    while True:
        budget.made += 1
        try:
            response = yield Send(op, body, path)
            return unwrap(check_envelope(op, response))
        except Exception as exc:  # every failure is classified, and re-raised if not ours
            cause = exc
        error = as_bge_error(op, cause, options, budget.made)
        if not is_retryable(error) or not budget.left():
            raise error from _cause(error, cause)
        yield from _pause(op.name, budget, error)


def _look_up(
    op: Operation,
    rule: Lookup,
    fields: Mapping[str, Any],
    options: Options,
    budget: _Budget,
    lost: BGEError | None,
) -> Plan[Any]:
    """What the write with `fields` created, or None; a read, retried within the call's budget.

    When the lookup cannot tell, the call fails with OutcomeUnknownError.
    """
    read = operation(rule.operation)
    try:
        body = read.build_form(rule.request_fields(fields))
    except RequestValidationError as invalid:
        raise _unknown(op, rule, fields, budget, lost, invalid) from lost
    while True:
        budget.made += 1
        try:
            response = yield Send(read, body)
            return rule.find(plain(check_envelope(read, response).data), fields)
        except Exception as exc:  # classified below, as in any call
            cause = exc
        error = as_bge_error(read, cause, options, budget.made)
        error.__cause__ = _cause(error, cause)
        if not is_retryable(error) or not budget.left():
            raise _unknown(op, rule, fields, budget, lost, error) from lost
        yield from _pause(f"{op.name} (lookup with {read.name})", budget, error)


def call_plan(
    name: str,
    fields: Mapping[str, Any],
    unwrap: Unwrap[T],
    options: Options,
    *,
    idempotent: Idempotency | None = None,
    path: Mapping[str, Any] | None = None,
) -> Plan[T]:
    """The plan of one call: validate, send, retry what may be retried, unwrap the answer.

    `idempotent` (default: the operation's x-idempotent declaration) says what a
    repeat does. A call that is safe to repeat is retried after every retryable failure. A
    write that may duplicate is retried at once only after failures that prove nothing was
    processed. When its answer is lost, it looks up (with its Lookup, if it has one and the
    call gave its key) what the lost attempt created, returns that if found and sends again
    if not; when nobody can tell, it raises OutcomeUnknownError. Writes and lookups share the
    call's budget of 1 + max_retries sends. With options.create_if_absent, such a write looks
    itself up before it is sent at all.
    """
    op = operation(name)
    body = op.build_form(fields)
    rule = op.idempotent if idempotent is None else idempotent
    budget = _Budget(allowed=options.max_retries + 1)
    if rule is True:
        return (yield from _repeated(op, body, unwrap, options, budget, path))
    lookup = rule if isinstance(rule, Lookup) and rule.applies(fields) else None
    if options.create_if_absent:
        if lookup is None:
            needs = f"without {', '.join(rule.when)}" if isinstance(rule, Lookup) else "at all"
            problem = f"create_if_absent: {name} cannot be looked up {needs}"
            raise RequestValidationError([problem], operation=name)
        found = yield from _look_up(op, lookup, fields, options, budget, lost=None)
        if found is not None:
            return unwrap(_Found(found))
    while True:
        budget.made += 1
        try:
            response = yield Send(op, body, path)
            return unwrap(check_envelope(op, response))
        except Exception as exc:  # every failure is classified, and re-raised if not ours
            cause = exc
        error = as_bge_error(op, cause, options, budget.made)
        if not is_retryable(error):
            raise error from _cause(error, cause)
        if not may_have_been_processed(error):
            if not budget.left():
                raise error from _cause(error, cause)
            yield from _pause(name, budget, error)
            continue
        # The answer is lost: the platform may have acted on this attempt.
        error.__cause__ = _cause(error, cause)
        if lookup is None or not budget.left():
            raise _unknown(op, rule, fields, budget, error) from error
        # The wait comes first: a slow platform gets time to finish the attempt before we look
        # for what it created.
        yield from _pause(name, budget, error)
        found = yield from _look_up(op, lookup, fields, options, budget, lost=error)
        if found is not None:
            logger.info("%s: recovered the result of an attempt whose answer was lost", name)
            return unwrap(_Found(found))
        if not budget.left():
            error.add_note(f"{lookup.operation} found no trace of it: it was not processed")
            raise error from error.__cause__


# ---------------------------------------------------------------------------- verbose clients


def enable_wire_log() -> None:
    """Makes what verbose clients log visible, without touching any other logger.

    Only verbose clients write to `bge_private.wire`, so its level only matters to them: it is
    set to DEBUG unless the application set one. Without any logging configured, it gets a
    stderr handler of its own.
    """
    if wire_logger.level == logging.NOTSET:
        wire_logger.setLevel(logging.DEBUG)
    if not wire_logger.hasHandlers():
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        wire_logger.addHandler(handler)


def log_request(request: httpx.Request) -> None:
    if wire_logger.isEnabledFor(logging.DEBUG):
        wire_logger.debug("request POST %s {%s}", request.url, redacted_form(request.content))


def log_response(response: httpx.Response) -> None:
    if wire_logger.isEnabledFor(logging.DEBUG):
        wire_logger.debug(
            "answer %s from %s: %s",
            response.status_code,
            response.request.url,
            _excerpt(response.content, sent_by(response.request)),
        )
