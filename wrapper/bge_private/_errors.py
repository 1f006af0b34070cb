"""The exceptions of bge_private: every failure of a call is a BGEError."""

from __future__ import annotations

from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "BGEError",
    "InvalidResponseError",
    "RequestValidationError",
]


class BGEError(Exception):
    """Base of every error this SDK raises.

    `operation` names the call that failed (for example "get_samples"), or is None.
    """

    operation: str | None
    # Seconds the server asked the client to wait before trying again (Retry-After), if any.
    retry_after: float | None = None

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        self.operation = operation
        super().__init__(f"{operation}: {message}" if operation else message)


class RequestValidationError(BGEError, ValueError):
    """The arguments break the spec's rules; nothing was sent.

    `errors` lists each problem as "field: reason".
    """

    def __init__(self, errors: list[str], *, operation: str | None = None) -> None:
        self.errors = errors
        super().__init__("invalid arguments: " + "; ".join(errors), operation=operation)


class APIError(BGEError):
    """The platform answered with a non-zero `code` in its envelope.

    Same attributes as the reference SDK's APIError: `code`, `msg` and `data`.
    """

    def __init__(
        self, code: int, msg: str | None, data: Any = None, *, operation: str | None = None
    ) -> None:
        self.code = code
        self.msg = msg
        self.data = data
        super().__init__(f"API error {code}: {msg}", operation=operation)


class APIConnectionError(BGEError):
    """No answer came back: the connection could not be made or broke off.

    `request_sent` tells whether the request may have reached the platform (False only when
    the failure proves it did not, for example a refused connection).
    """

    def __init__(self, message: str, *, request_sent: bool, operation: str | None = None) -> None:
        self.request_sent = request_sent
        super().__init__(message, operation=operation)


class APITimeoutError(APIConnectionError):
    """No answer came back within the timeout."""


class APIStatusError(BGEError):
    """The answer had an HTTP status other than 200 (typically from a gateway).

    `status_code` is the status; `body` is the first 200 characters of the answer's text.
    """

    def __init__(self, status_code: int, body: str, *, operation: str | None = None) -> None:
        self.status_code = status_code
        self.body = body
        super().__init__(f"HTTP {status_code}: {body!r}", operation=operation)


class InvalidResponseError(BGEError):
    """The answer could not be understood: not JSON, truncated, or not of the spec's shape."""
