"""The account family's state: the user center's users, the verification codes sent and the
log-in tokens given."""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..errors import INVALID_ARGUMENT, NOT_FOUND, ApiError
from ..models import AccountUser
from . import FamilyStore, utc_now

USER = "user"
CODE = "code"
TOKEN = "token"
COUNTER = "counter"

SORT_KEYS = ("user_id", "gender", "date_joined", "last_login", "last_modified")
# Fixture passwords are kept as salted PBKDF2 digests; a sandbox needs no more rounds.
_PBKDF2_ROUNDS = 1000


class UserFixture(BaseModel):
    """A user of the fixtures: the answer's fields, how they log in, and their password."""

    model_config = ConfigDict(extra="forbid")

    user_id: str = Field(pattern="^([0-9a-f]{24}|[0-9]{20})$")
    mobile: str | None = Field(default=None, pattern=r"^\+?[0-9]{3,20}$")
    email: str | None = Field(default=None, pattern="^[^@\\s]+@[^@\\s]+$")
    password: str = Field(min_length=1)
    nickname: str | None = None
    gender: int | None = None
    date_joined: str
    last_login: str | None = None
    last_modified: str


def _digest(password: str, salt: str) -> str:
    return hashlib.pbkdf2_hmac(
        "sha256", password.encode("utf-8"), salt.encode("utf-8"), _PBKDF2_ROUNDS
    ).hex()


def _sort_key(value: Any) -> tuple[int, Any]:
    # Absent values sort first, as a null does in the platform's MongoDB-backed user center.
    return (0, "") if value is None else (1, value)


def sort_users(users: Sequence[AccountUser], sort: str | None) -> list[AccountUser]:
    """Users ordered by `sort` (`last_login,-gender`: keys in priority order, `-` descending)."""
    ordered = list(users)
    for key in reversed([item for item in (sort or "").split(",") if item]):
        name = key.removeprefix("-")
        ordered.sort(key=lambda user: _sort_key(getattr(user, name)), reverse=key.startswith("-"))
    return ordered


class AccountStore(FamilyStore):
    """Users by user_id (the JSON of the answer plus the log-in fields), the code last sent to
    each (account, scope), and log-in tokens by their SHA-256."""

    NAME = "account"

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        for record in fixtures.get("users", []):
            user = UserFixture.model_validate(record)
            AccountUser.model_validate(self._public(user.model_dump()))
            body = user.model_dump(exclude={"password"})
            body["password_digest"] = _digest(user.password, user.user_id)
            self.documents.insert(conn, USER, user.user_id, body)

    @staticmethod
    def _public(body: Mapping[str, Any]) -> dict[str, Any]:
        return {
            name: value
            for name, value in body.items()
            if name not in {"password", "password_digest"}
        }

    def _user(self, body: Mapping[str, Any]) -> AccountUser:
        return AccountUser.model_validate(self._public(body))

    def _next(self, conn: sqlite3.Connection, counter: str) -> int:
        document = self.documents.get(conn, COUNTER, counter)
        number = 1 if document is None else int(document.body["value"]) + 1
        self.documents.put(conn, COUNTER, counter, {"value": number})
        return number

    def _by_account(self, conn: sqlite3.Connection, account: str) -> dict[str, Any] | None:
        wanted = account.strip().lower()
        for document in self.documents.select(conn, USER):
            body = document.body
            if wanted in {(body.get("mobile") or "").lower(), (body.get("email") or "").lower()}:
                return body
        return None

    # ------------------------------------------------------------------ reading users

    def users(self, user_ids: Sequence[str] | None, sort: str | None) -> list[AccountUser]:
        """The users with these ids in the order asked (all users, oldest first, for None),
        then ordered by `sort`."""
        with self.read() as conn:
            if user_ids is None:
                documents = self.documents.select(conn, USER)
            else:
                documents = self.documents.get_many(conn, USER, user_ids)
            found = [self._user(document.body) for document in documents]
        return sort_users(found, sort)

    def user(self, user_id: str) -> AccountUser:
        with self.read() as conn:
            document = self.documents.get(conn, USER, user_id)
        if document is None:
            raise ApiError(NOT_FOUND, f"user {user_id} does not exist")
        return self._user(document.body)

    def user_by_token(self, token: str) -> AccountUser:
        key = hashlib.sha256(token.encode("utf-8")).hexdigest()
        with self.read() as conn:
            given = self.documents.get(conn, TOKEN, key)
            user = None if given is None else self.documents.get(conn, USER, given.body["user_id"])
        if user is None:
            # The message never repeats the token: it is a credential.
            raise ApiError(NOT_FOUND, "no user is logged in with this token")
        return self._user(user.body)

    # ------------------------------------------------------------------ codes and log-in

    def send_code(self, account: str, scope: str, user_id: str | None) -> str:
        """Make the code sent to `account` for `scope`; it replaces any earlier one. The
        codes are deterministic: the n-th code sent by this database is always the same."""
        with self.write() as conn:
            owner = self._by_account(conn, account)
            if scope == "login" and owner is None:
                raise ApiError(NOT_FOUND, f"no user has the account {account}")
            if scope == "register" and owner is not None:
                raise ApiError(
                    INVALID_ARGUMENT, f"invalid argument: account: {account} is already registered"
                )
            if scope == "update":
                if user_id is None:
                    raise ApiError(
                        INVALID_ARGUMENT, "invalid argument: user_id: is required for scope update"
                    )
                if self.documents.get(conn, USER, user_id) is None:
                    raise ApiError(NOT_FOUND, f"user {user_id} does not exist")
                if owner is not None and owner["user_id"] != user_id:
                    raise ApiError(
                        INVALID_ARGUMENT,
                        f"invalid argument: account: {account} belongs to another user",
                    )
            number = self._next(conn, "code")
            seed = f"{number}:{account}:{scope}".encode()
            code = f"{int.from_bytes(hashlib.sha256(seed).digest()[:8], 'big') % 10**6:06d}"
            self.documents.put(
                conn,
                CODE,
                f"{scope}:{account.strip().lower()}",
                {"code": code, "user_id": user_id, "sent": utc_now()},
            )
        return code

    def code_sent(self, account: str, scope: str = "login") -> str | None:
        """The code last sent to `account` for `scope` and not used yet (for tests)."""
        with self.read() as conn:
            document = self.documents.get(conn, CODE, f"{scope}:{account.strip().lower()}")
        return None if document is None else str(document.body["code"])

    def login(self, account: str, *, password: str | None, code: str | None) -> tuple[str, str]:
        """Check a log-in with a password or the login code; (user_id, new token). A code works
        once. A wrong password or code is 40001 and changes nothing."""
        with self.write() as conn:
            user = self._by_account(conn, account)
            if user is None:
                raise ApiError(NOT_FOUND, f"no user has the account {account}")
            if password is not None:
                given = _digest(password, user["user_id"])
                if not hmac.compare_digest(given, user["password_digest"]):
                    raise ApiError(INVALID_ARGUMENT, "invalid argument: password: wrong password")
            else:
                key = f"login:{account.strip().lower()}"
                sent = self.documents.get(conn, CODE, key)
                if sent is None or code is None or not hmac.compare_digest(sent.body["code"], code):
                    raise ApiError(
                        INVALID_ARGUMENT,
                        "invalid argument: code: not the code last sent to this account for login",
                    )
                self.documents.delete(conn, CODE, key)
            number = self._next(conn, "token")
            seed = f"token:{number}:{user['user_id']}".encode()
            token = hashlib.sha256(seed).hexdigest()
            self.documents.put(
                conn,
                TOKEN,
                hashlib.sha256(token.encode("utf-8")).hexdigest(),
                {"user_id": user["user_id"], "given": utc_now()},
            )
            self.documents.put(conn, USER, user["user_id"], {**user, "last_login": utc_now()})
        return user["user_id"], token
