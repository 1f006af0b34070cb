"""The sandbox's WeChat token service over signed HTTP (the profiles are tested with the seeds)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store, create_app
from bge_private_sandbox.spec import load_spec
from sandbox_wire import AppClient, SignedWire

INVALID_ARGUMENT, NOT_FOUND = 40001, 40401


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


def token_example() -> tuple[dict[str, Any], Any]:
    """The documentation example of wechat_token: its call and its documented `data`."""
    operation = load_spec()["paths"]["/openbge/wechat/token"]["post"]
    call = operation["requestBody"]["content"]["application/x-www-form-urlencoded"]
    answer = operation["responses"]["200"]["content"]["application/json"]
    return call["examples"]["doc"]["value"], answer["examples"]["doc"]["value"]["data"]


def test_the_documentation_example_answers_its_documented_output(
    wire: SignedWire, store: Store
) -> None:
    call, output = token_example()
    assert wire.ok("wechat_token", call) == output
    (effect,) = store.effects(operation="wechat_token")
    assert effect.fields == {"app_id": "demo", "action": "get"}


def test_refresh_replaces_the_token_for_every_reader(wire: SignedWire, store: Store) -> None:
    _, output = token_example()
    refreshed = wire.ok("wechat_token", {"app_id": "demo", "action": "refresh"})
    assert refreshed["access_token"] != output["access_token"]
    assert len(refreshed["access_token"]) == 32
    assert wire.ok("wechat_token", {"app_id": "demo", "action": "get"}) == refreshed
    again = wire.ok("wechat_token", {"app_id": "demo", "action": "refresh"})
    assert again != refreshed
    # Other apps keep theirs.
    other = wire.ok("wechat_token", {"app_id": "wx0000000000sandbox", "action": "get"})
    assert other == {"access_token": "00000000000000000000000000000001"}
    assert [e.fields["action"] for e in store.effects(operation="wechat_token")] == [
        "refresh",
        "get",
        "refresh",
        "get",
    ]


def test_refreshes_are_deterministic(wire: SignedWire) -> None:
    first = wire.ok("wechat_token", {"app_id": "demo", "action": "refresh"})
    other = Store()
    try:
        again = SignedWire(AppClient(create_app(other)), DEMO_APP_KEY, DEMO_APP_SECRET)
        assert again.ok("wechat_token", {"app_id": "demo", "action": "refresh"}) == first
    finally:
        other.close()


def test_an_unknown_app_is_40401_and_a_bad_action_40001(wire: SignedWire, store: Store) -> None:
    answer = wire.call("wechat_token", {"app_id": "wx-nope", "action": "get"})
    assert (answer["code"], answer["msg"]) == (
        NOT_FOUND,
        "WeChat app wx-nope is not known to the token service",
    )
    assert (
        wire.call("wechat_token", {"app_id": "wx-nope", "action": "refresh"})["code"] == NOT_FOUND
    )
    assert (
        wire.call("wechat_token", {"app_id": "demo", "action": "drop"})["code"] == INVALID_ARGUMENT
    )
    assert store.effects(operation="wechat_token") == []
