"""Request authentication as the platform does it: key, signature, clock window, nonce replay."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from pydantic import ValidationError

from bge_private._signing import SIGNING_FIELDS, verify_sign

from .errors import (
    INVALID_ARGUMENT,
    NONCE_REUSED,
    SIGNING_FIELD_MISSING,
    STALE_TIMESTAMP,
    TOO_MANY_REQUESTS,
    UNKNOWN_APP_KEY,
    WRONG_SIGN,
    ApiError,
)
from .models import ErrorCode, SigningFields
from .store import Store

WINDOW_SECONDS = 300

# Which error a malformed signing field earns; checked in this order.
_MALFORMED_FIELD_CODES: tuple[tuple[str, ErrorCode], ...] = (
    ("app_key", UNKNOWN_APP_KEY),
    ("sign", WRONG_SIGN),
    ("timestamp", STALE_TIMESTAMP),
    ("signature_nonce", INVALID_ARGUMENT),
)


@dataclass(frozen=True)
class RateLimit:
    """How many signed requests one app key may make: `per_second` on average, and bursts of up
    to `burst` (default: as many as `per_second`) after a quiet spell. A token bucket per key."""

    per_second: float
    burst: float | None = None

    def __post_init__(self) -> None:
        if not self.per_second > 0:
            raise ValueError("per_second must be more than 0")
        if self.burst is not None and not self.burst >= 1:
            raise ValueError("burst must be at least 1")

    @property
    def capacity(self) -> float:
        return self.per_second if self.burst is None else self.burst


# More than one sandbox process can serve (about 550 calls/s on 2 cores, a few thousand on a fast
# machine), so that it never slows a benchmark; it bounds each key's nonces in the database.
DEFAULT_RATE_LIMIT = RateLimit(per_second=5000.0)


class RateLimiter:
    """Token buckets, one per app key: one key's traffic never refuses another key's."""

    def __init__(self, limit: RateLimit) -> None:
        self.limit = limit
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, when counted)
        self._lock = threading.Lock()

    def take(self, app_key: str, now: float) -> None:
        """Spend one request of `app_key`'s; raise ApiError 42901 (HTTP 429) if it has none."""
        rate, capacity = self.limit.per_second, self.limit.capacity
        with self._lock:
            tokens, then = self._buckets.get(app_key, (capacity, now))
            # max(): a clock that steps back must not drain the bucket.
            tokens = min(capacity, tokens + max(0.0, now - then) * rate)
            if tokens >= 1.0:
                self._buckets[app_key] = (tokens - 1.0, now)
                return
            self._buckets[app_key] = (tokens, now)
        wait = max(1, math.ceil((1.0 - tokens) / rate))
        raise ApiError(
            TOO_MANY_REQUESTS,
            f"more than {rate:g} requests per second from this app_key; wait as long as "
            "Retry-After says, then send a freshly signed request",
            status_code=429,
            headers={"Retry-After": str(wait)},
        )


class Authenticator:
    """Checks the four signing fields of a request against the known app keys."""

    def __init__(
        self,
        credentials: Mapping[str, str],
        store: Store,
        *,
        window_seconds: int = WINDOW_SECONDS,
        rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._credentials = dict(credentials)
        # Nonces live in the store's database, so that a restart does not forget them.
        self.store = store
        self.window_seconds = window_seconds
        self.limiter = None if rate_limit is None else RateLimiter(rate_limit)
        self._clock = clock

    def authenticate(self, fields: Mapping[str, str]) -> str:
        """Check a request's form fields (all of them, signing ones included); return its key.

        Raises ApiError with 40101, 40102, 40103, 40104, 40105, or 42901 when the key is over
        its rate limit. Messages never hold the secret nor the sign value.
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
        if self.limiter is not None:
            self.limiter.take(app_key, now)
        # A request exactly window_seconds old passes the check above, so its nonce is kept
        # until then inclusive (Store.record_nonce deletes only those past it).
        expires_at = signed_at + self.window_seconds
        if not self.store.record_nonce(app_key, fields["signature_nonce"], expires_at, now):
            raise ApiError(
                NONCE_REUSED,
                "signature_nonce was already used; sign every request, including a retry, "
                "with a new nonce and the current timestamp",
            )
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
    # The shape is checked already (SigningFields' pattern: digits where %Y-%m-%dT%H:%M:%SZ
    # has them), so fromisoformat, several times cheaper than strptime, reads the same instant
    # and refuses the same impossible dates (month 13, 31 April).
    try:
        parsed = datetime.fromisoformat(text).replace(tzinfo=UTC)
    except ValueError:
        raise ApiError(
            STALE_TIMESTAMP, "timestamp is not a UTC time in %Y-%m-%dT%H:%M:%SZ form"
        ) from None
    return parsed.timestamp()
