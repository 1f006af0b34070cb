"""The exceptions of bge_private: every failure of a call is a BGEError."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "BGEError",
    "InvalidResponseError",
    "OutcomeUnknownError",
    "RequestValidationError",
]


def _rebuild(cls: type[BGEError], args: tuple[Any, ...], state: dict[str, Any]) -> BGEError:
    """Unpickles a BGEError without calling its __init__ (whose arguments differ per class)."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class BGEError(Exception):
    """Base of every error this SDK raises.

    `operation` names the call that failed (for example "get_samples"), or is None.
    """

    __module__ = "bge_private"

    operation: str | None
    # Seconds the server asked the client to wait before trying again (Retry-After), if any.
    retry_after: float | None = None

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        self.operation = operation
        super().__init__(f"{operation}: {message}" if operation else message)

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own pickling calls cls(*args), which fits no subclass's __init__: the
        # message and every attribute are restored as they are instead.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class RequestValidationError(BGEError, ValueError):
    """The arguments break the spec's rules; nothing was sent.

    `errors` lists each problem as "field: reason".
    """

    __module__ = "bge_private"

    def __init__(self, errors: list[str], *, operation: str | None = None) -> None:
        self.errors = errors
        super().__init__("invalid arguments: " + "; ".join(errors), operation=operation)


class APIError(BGEError):
    """The platform answered with a non-zero `code` in its envelope.

    Same attributes as the reference SDK's APIError: `code`, `msg` and `data`. `hint` says what
    to check for the codes a user can act on (a wrong app_secret, a skewed clock), or is None.
    """

    __module__ = "bge_private"

    def __init__(
        self,
        code: int,
        msg: str | None,
        data: Any = None,
        *,
        operation: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.code = code
        self.msg = msg
        self.data = data
        self.hint = hint
        text = f"API error {code}: {msg}"
        super().__init__(f"{text} ({hint})" if hint else text, operation=operation)


class APIConnectionError(BGEError):
    """No answer came back: the connection could not be made or broke off.

    `request_sent` tells whether the request may have reached the platform (False only when
    the failure proves it did not, for example a refused connection). `endpoint`, `attempts`
    and `timeout` (the seconds of the timeout that expired, for an APITimeoutError) say where
    and how often the SDK tried, when known.
    """

    __module__ = "bge_private"

    def __init__(
        self,
        message: str,
        *,
        request_sent: bool,
        operation: str | None = None,
        endpoint: str | None = None,
        attempts: int | None = None,
        timeout: float | None = None,
    ) -> None:
        self.request_sent = request_sent
        self.endpoint = endpoint
        self.attempts = attempts
        self.timeout = timeout
        super().__init__(message, operation=operation)


class APITimeoutError(APIConnectionError):
    """No answer came back within the timeout."""

    __module__ = "bge_private"


class APIStatusError(BGEError):
    """The answer had an HTTP status other than 200 (typically from a gateway).

    `status_code` is the status; `body` is the first 200 characters of the answer's text
    (with any signature it echoes removed).
    """

    __module__ = "bge_private"

    def __init__(self, status_code: int, body: str, *, operation: str | None = None) -> None:
        self.status_code = status_code
        self.body = body
        super().__init__(f"HTTP {status_code}: {body!r}", operation=operation)


class InvalidResponseError(BGEError):
    """The answer could not be understood: not JSON, truncated, or not of the spec's shape."""

    __module__ = "bge_private"


class OutcomeUnknownError(BGEError):
    """A write that must not be repeated blindly may or may not have taken effect.

    Its answer was lost (a timeout after sending, a dropped connection, a 502/504, a truncated
    body) and the SDK could not find out what happened: the operation has no lookup key, none
    was given, the retry budget was spent, or the lookup kept failing. `__cause__` is the
    failure that lost the answer; `lookup_error` the last failure of the lookup, if one ran.
    `lookup_key` holds the call's fields that identify what it would have created (for
    register_sample: `external_sample_id` and `project_id`), or is None without a key.

    Send it again with `client.with_options(create_if_absent=True)`: that looks the record up
    by its key first and creates it only when it is absent.
    """

    __module__ = "bge_private"

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        lookup_key: Mapping[str, Any] | None = None,
        attempts: int | None = None,
        lookup_error: BGEError | None = None,
    ) -> None:
        self.lookup_key = dict(lookup_key) if lookup_key is not None else None
        self.attempts = attempts
        self.lookup_error = lookup_error
        super().__init__(message, operation=operation)
