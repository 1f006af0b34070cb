"""The sandbox's account family over signed HTTP: codes, log-in, and the user center's users."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store, create_app
from bge_private_sandbox.spec import load_spec
from bge_private_sandbox.stores.account import AccountStore
from sandbox_wire import AppClient, SignedWire

INVALID_ARGUMENT, NOT_FOUND = 40001, 40401
LIU, USER_1, USER_2, USER_3 = (
    "5c033e04f89dd15e44d48b7d",
    "00000000000000000001",
    "00000000000000000002",
    "00000000000000000003",
)
LIU_MOBILE = "17665342277"


@pytest.fixture
def store() -> Iterator[Store]:
    store = Store()
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def wire(store: Store) -> SignedWire:
    return SignedWire(AppClient(create_app(store)), DEMO_APP_KEY, DEMO_APP_SECRET)


def error(wire: SignedWire, operation_id: str, fields: dict[str, Any]) -> tuple[int, str]:
    answer = wire.call(operation_id, fields)
    assert answer["data"] is None
    return answer["code"], answer["msg"]


def test_log_in_with_a_code_then_read_the_user_by_token(wire: SignedWire, store: Store) -> None:
    sent = wire.ok("account_verify", {"account": LIU_MOBILE, "scope": "login"})
    assert set(sent) == {"account", "scope", "code"}
    assert sent["code"].isdigit() and len(sent["code"]) == 6
    assert store.family(AccountStore).code_sent(LIU_MOBILE) == sent["code"]
    (effect,) = store.effects(operation="account_verify")
    assert effect.fields == {"account": LIU_MOBILE, "scope": "login"}

    logged_in = wire.ok("account_login", {"account": LIU_MOBILE, "code": sent["code"]})
    assert logged_in["user_id"] == LIU
    assert len(logged_in["token"]) == 64
    user = wire.ok("account_get_user", {"token": logged_in["token"]})
    assert user["user_id"] == LIU
    assert user["nickname"] == "刘小姐"
    assert "password" not in user and "password_digest" not in user
    # The log-in is seen by every reader of the user.
    assert user["last_login"] != "2021-11-17T02:10:00Z"
    assert wire.ok("account_get_user", {"user_id": LIU}) == user

    # A code works once.
    code, message = error(wire, "account_login", {"account": LIU_MOBILE, "code": sent["code"]})
    assert code == INVALID_ARGUMENT
    assert "not the code last sent" in message


def test_log_in_with_a_password_by_phone_or_e_mail(wire: SignedWire) -> None:
    by_mail = wire.ok(
        "account_login", {"account": "User2@sandbox.invalid", "password": "sandbox-user-2"}
    )
    assert by_mail["user_id"] == USER_2
    by_phone = wire.ok("account_login", {"account": "13800000002", "password": "sandbox-user-2"})
    assert by_phone["user_id"] == USER_2
    # Each log-in gives a token of its own; both identify the user.
    assert by_mail["token"] != by_phone["token"]
    for token in (by_mail["token"], by_phone["token"]):
        assert wire.ok("account_get_user", {"token": token})["user_id"] == USER_2


def test_a_wrong_password_or_code_is_refused_without_showing_it(wire: SignedWire) -> None:
    code, message = error(wire, "account_login", {"account": "13800000001", "password": "guess-1"})
    assert (code, message) == (INVALID_ARGUMENT, "invalid argument: password: wrong password")
    wire.ok("account_verify", {"account": "13800000001", "scope": "login"})
    code, message = error(wire, "account_login", {"account": "13800000001", "code": "000000"})
    assert code == INVALID_ARGUMENT
    assert "000000" not in message
    assert error(wire, "account_login", {"account": "nobody@x.y", "password": "p"})[0] == NOT_FOUND


def test_a_newer_code_replaces_the_older_one(wire: SignedWire) -> None:
    older = wire.ok("account_verify", {"account": "13800000003", "scope": "login"})["code"]
    newer = wire.ok("account_verify", {"account": "13800000003", "scope": "login"})["code"]
    assert older != newer
    assert error(wire, "account_login", {"account": "13800000003", "code": older})[0] == (
        INVALID_ARGUMENT
    )
    assert wire.ok("account_login", {"account": "13800000003", "code": newer})["user_id"] == USER_3


def test_codes_are_deterministic(store: Store) -> None:
    other = Store()
    try:
        codes = [other.family(AccountStore).send_code(LIU_MOBILE, "login", None) for _ in "abc"]
    finally:
        other.close()
    again = [store.family(AccountStore).send_code(LIU_MOBILE, "login", None) for _ in "abc"]
    assert codes == again
    assert len(set(codes)) == 3


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"account": "13899999999", "scope": "login"}, (NOT_FOUND, "no user has the account")),
        ({"account": LIU_MOBILE, "scope": "register"}, (INVALID_ARGUMENT, "already registered")),
        ({"account": "new@sandbox.invalid", "scope": "update"}, (INVALID_ARGUMENT, "user_id")),
        (
            {"account": "new@sandbox.invalid", "scope": "update", "user_id": "0" * 20},
            (NOT_FOUND, "user 00000000000000000000 does not exist"),
        ),
        (
            {"account": LIU_MOBILE, "scope": "update", "user_id": USER_1},
            (INVALID_ARGUMENT, "belongs to another user"),
        ),
        ({"account": LIU_MOBILE, "scope": "logout"}, (INVALID_ARGUMENT, "scope")),
    ],
)
def test_codes_are_sent_only_where_their_scope_allows(
    wire: SignedWire, store: Store, fields: dict[str, str], expected: tuple[int, str]
) -> None:
    code, message = error(wire, "account_verify", fields)
    assert code == expected[0]
    assert expected[1] in message
    assert store.effects(operation="account_verify") == []


def test_register_and_update_codes_are_sent(wire: SignedWire, store: Store) -> None:
    wire.ok("account_verify", {"account": "new@sandbox.invalid", "scope": "register"})
    wire.ok(
        "account_verify", {"account": "new@sandbox.invalid", "scope": "update", "user_id": USER_1}
    )
    assert [e.fields["scope"] for e in store.effects(operation="account_verify")] == [
        "register",
        "update",
    ]
    # A register code is not a log-in code.
    assert store.family(AccountStore).code_sent("new@sandbox.invalid") is None


@pytest.mark.parametrize(
    "fields",
    [
        {"account": LIU_MOBILE},
        {"account": LIU_MOBILE, "password": "sandbox-liu", "code": "123456"},
        {"account": LIU_MOBILE, "code": "12345"},
    ],
)
def test_a_log_in_needs_exactly_one_of_password_and_code(
    wire: SignedWire, fields: dict[str, str]
) -> None:
    assert error(wire, "account_login", fields)[0] == INVALID_ARGUMENT


def test_get_user_by_id_or_token(wire: SignedWire) -> None:
    user = wire.ok("account_get_user", {"user_id": USER_1})
    assert user == {
        "user_id": USER_1,
        "mobile": "13800000001",
        "email": "user1@sandbox.invalid",
        "nickname": None,
        "gender": 1,
        "date_joined": "2020-01-01T00:00:00Z",
        "last_login": "2021-10-01T08:00:00Z",
        "last_modified": "2020-01-01T00:00:00Z",
    }
    assert error(wire, "account_get_user", {"user_id": "1" * 20}) == (
        NOT_FOUND,
        "user 11111111111111111111 does not exist",
    )
    code, message = error(wire, "account_get_user", {"token": "not-a-token-we-gave"})
    assert code == NOT_FOUND
    assert "not-a-token-we-gave" not in message
    assert error(wire, "account_get_user", {})[0] == INVALID_ARGUMENT
    both = {"user_id": USER_1, "token": "x"}
    assert error(wire, "account_get_user", both)[0] == INVALID_ARGUMENT


def test_users_page_in_data(wire: SignedWire) -> None:
    first = wire.ok("account_get_users", {"page": 1, "limit": 3})
    assert (first["page"], first["limit"], first["count"], first["total"], first["pages"]) == (
        1,
        3,
        3,
        4,
        2,
    )
    second = wire.ok("account_get_users", {"page": 2, "limit": 3})
    assert second["count"] == 1
    ids = [user["user_id"] for user in first["result"] + second["result"]]
    assert ids == [LIU, USER_1, USER_2, USER_3]
    # The reference's defaults: page 1 of 100.
    everyone = wire.ok("account_get_users")
    assert (everyone["limit"], everyone["total"]) == (100, 4)


def test_users_by_id_and_sorted(wire: SignedWire) -> None:
    asked = wire.ok("account_get_users", {"user_ids": f"{USER_3},{LIU},{'9' * 20}"})
    assert [user["user_id"] for user in asked["result"]] == [USER_3, LIU]
    by_login = wire.ok("account_get_users", {"sort": "-last_login"})
    # Absent values sort first ascending, so last descending.
    assert [user["user_id"] for user in by_login["result"]] == [LIU, USER_1, USER_2, USER_3]
    by_gender = wire.ok("account_get_users", {"sort": "gender,-date_joined"})
    assert [user["user_id"] for user in by_gender["result"]] == [USER_3, USER_1, USER_2, LIU]
    assert error(wire, "account_get_users", {"sort": "nickname"})[0] == INVALID_ARGUMENT
    assert error(wire, "account_get_users", {"user_ids": "abc"})[0] == INVALID_ARGUMENT


def sandbox_examples(tag: str) -> list[tuple[str, dict[str, Any]]]:
    """(operationId, fields) of the `sandbox` request examples of the group `tag`."""
    found = []
    for item in load_spec()["paths"].values():
        operation = item["post"]
        if operation["tags"] == [tag]:
            for media in operation["requestBody"]["content"].values():
                example = media.get("examples", {}).get("sandbox")
                if example is not None:
                    found.append((operation["operationId"], example["value"]))
    return found


@pytest.mark.parametrize(("operation_id", "fields"), sandbox_examples("account"))
def test_each_sandbox_example_answers_code_0_on_a_fresh_sandbox(
    wire: SignedWire, operation_id: str, fields: dict[str, Any]
) -> None:
    assert wire.call(operation_id, fields)["code"] == 0
