"""The platform's envelope errors, by name, checked against the spec's `ErrorCode` at import."""

from __future__ import annotations

from collections.abc import Mapping

from .models import Envelope, ErrorCode, RetryableErrorCode

# Readable names for the generated enum's members (which are called `integer_40001` etc.).
# ErrorCode(...) raises at import if the spec ever drops one of these codes.
SUCCESS = ErrorCode(0)
INVALID_ARGUMENT = ErrorCode(40001)
SIGNING_FIELD_MISSING = ErrorCode(40101)
UNKNOWN_APP_KEY = ErrorCode(40102)
WRONG_SIGN = ErrorCode(40103)
STALE_TIMESTAMP = ErrorCode(40104)
NONCE_REUSED = ErrorCode(40105)
NOT_FOUND = ErrorCode(40401)
CONFLICT = ErrorCode(40901)
BODY_TOO_LARGE = ErrorCode(41301)
TOO_MANY_REQUESTS = ErrorCode(42901)
INTERNAL_ERROR = ErrorCode(50001)
SERVICE_BUSY = ErrorCode(50301)

RETRYABLE = frozenset(ErrorCode(member.value) for member in RetryableErrorCode)


class ApiError(Exception):
    """An envelope error: the request is answered with `code` and `msg`, and nothing changes.

    The answer is HTTP 200, as the platform's are, unless `status_code` says otherwise (a
    gateway's refusal: 408, 429), with `headers` (such as Retry-After) added.
    """

    def __init__(
        self,
        code: ErrorCode,
        msg: str,
        *,
        status_code: int = 200,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(msg)
        self.code = code
        self.msg = msg
        self.status_code = status_code
        self.headers = dict(headers or {})

    def __repr__(self) -> str:
        return f"ApiError({int(self.code)}, {self.msg!r})"

    def envelope(self) -> Envelope:
        """The answer to send: the generated `Envelope` with `data: null`."""
        return Envelope(code=int(self.code), msg=self.msg, data=None)
