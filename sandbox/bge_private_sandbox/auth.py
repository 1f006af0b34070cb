"""Request authentication as the platform does it: key, signature, clock window, nonce replay."""

from __future__ import annotations

import heapq
import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from pydantic import ValidationError

from bge_private._signing import SIGNING_FIELDS, verify_sign

from .errors import (
    INVALID_ARGUMENT,
    NONCE_REUSED,
    SERVICE_BUSY,
    SIGNING_FIELD_MISSING,
    STALE_TIMESTAMP,
    UNKNOWN_APP_KEY,
    WRONG_SIGN,
    ApiError,
)
from .models import ErrorCode, SigningFields

WINDOW_SECONDS = 300
DEFAULT_MAX_NONCES = 100_000
_TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

# Which error a malformed signing field earns; checked in this order.
_MALFORMED_FIELD_CODES: tuple[tuple[str, ErrorCode], ...] = (
    ("app_key", UNKNOWN_APP_KEY),
    ("sign", WRONG_SIGN),
    ("timestamp", STALE_TIMESTAMP),
    ("signature_nonce", INVALID_ARGUMENT),
)


class NonceRegistry:
    """The nonces seen within the replay window, in bounded memory.

    Each nonce is kept until no request carrying it could pass the timestamp check any more,
    then forgotten. When `capacity` live nonces are held, new requests are refused (50301,
    retryable) rather than forgetting a live nonce, which would open the door to a replay.
    """

    def __init__(self, capacity: int = DEFAULT_MAX_NONCES) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._expiry: dict[tuple[str, str], float] = {}
        self._queue: list[tuple[float, tuple[str, str]]] = []
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._expiry)

    def record(self, app_key: str, nonce: str, expires_at: float, now: float) -> None:
        """Remember `nonce` until `expires_at`; raise ApiError if it is live already."""
        key = (app_key, nonce)
        with self._lock:
            self._purge(now)
            if key in self._expiry:
                raise ApiError(
                    NONCE_REUSED,
                    "signature_nonce was already used; sign every request, including a retry, "
                    "with a new nonce and the current timestamp",
                )
            if len(self._expiry) >= self.capacity:
                raise ApiError(SERVICE_BUSY, "too many requests in the replay window; retry later")
            self._expiry[key] = expires_at
            heapq.heappush(self._queue, (expires_at, key))

    def _purge(self, now: float) -> None:
        while self._queue and self._queue[0][0] <= now:
            expires_at, key = heapq.heappop(self._queue)
            if self._expiry.get(key) == expires_at:
                del self._expiry[key]


class Authenticator:
    """Checks the four signing fields of a request against the known app keys."""

    def __init__(
        self,
        credentials: Mapping[str, str],
        *,
        window_seconds: int = WINDOW_SECONDS,
        max_nonces: int = DEFAULT_MAX_NONCES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._credentials = dict(credentials)
        self.window_seconds = window_seconds
        self.nonces = NonceRegistry(max_nonces)
        self._clock = clock

    def authenticate(self, fields: Mapping[str, str]) -> str:
        """Check a request's form fields (all of them, signing ones included); return its key.

        Raises ApiError with 40101, 40102, 40103, 40104, 40105 or 50301. Messages never hold the
        secret nor the sign value.
        """
        missing = [name for name in SIGNING_FIELDS if not fields.get(name)]
        if missing:
            raise ApiError(
                SIGNING_FIELD_MISSING,
                f"missing signing field(s): {', '.join(missing)}; every request carries "
                "app_key, signature_nonce, timestamp and sign",
            )
        app_key = fields["app_key"]
        secret = self._credentials.get(app_key)
        if secret is None:
            # The key is not echoed: a caller who swapped key and secret would see the secret.
            raise ApiError(UNKNOWN_APP_KEY, "unknown app_key; use the key the platform issued")
        self._check_shape(fields)
        if not verify_sign(secret, fields):
            raise ApiError(
                WRONG_SIGN,
                "sign does not match the request; sign every field sent except sign, as sent, "
                "with the app secret",
            )
        signed_at = _parse_timestamp(fields["timestamp"])
        now = self._clock()
        skew = now - signed_at
        if abs(skew) > self.window_seconds:
            direction = "behind" if skew > 0 else "ahead of"
            raise ApiError(
                STALE_TIMESTAMP,
                f"timestamp is {abs(skew):.0f} s {direction} the sandbox clock (more than "
                f"{self.window_seconds} s); sign with the current UTC time",
            )
        self.nonces.record(app_key, fields["signature_nonce"], signed_at + self.window_seconds, now)
        return app_key

    @staticmethod
    def _check_shape(fields: Mapping[str, str]) -> None:
        signing = {name: fields[name] for name in SIGNING_FIELDS}
        try:
            SigningFields.model_validate(signing)
        except ValidationError as exc:
            bad = {str(error["loc"][0]): error["msg"] for error in exc.errors()}
            for name, code in _MALFORMED_FIELD_CODES:
                if name in bad:
                    # pydantic's message names the rule broken, never the value given.
                    raise ApiError(code, f"{name} is malformed: {bad[name]}") from None
            raise ApiError(INVALID_ARGUMENT, "malformed signing fields") from None


def _parse_timestamp(text: str) -> float:
    try:
        parsed = datetime.strptime(text, _TIMESTAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        raise ApiError(
            STALE_TIMESTAMP, "timestamp is not a UTC time in %Y-%m-%dT%H:%M:%SZ form"
        ) from None
    return parsed.timestamp()
