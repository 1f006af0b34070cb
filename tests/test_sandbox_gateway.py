"""The sandbox's signed gateway over signed HTTP: configured services answer, nothing is
forwarded."""

from __future__ import annotations

from collections.abc import Iterator

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


def test_the_documentation_example_is_echoed_and_recorded(wire: SignedWire, store: Store) -> None:
    operation = load_spec()["paths"]["/gateway/invoke"]["post"]
    content = operation["requestBody"]["content"]["application/x-www-form-urlencoded"]
    call = content["examples"]["doc"]["value"]
    # The documentation shows no output; the sandbox's backend answers what it was sent.
    assert wire.ok("gateway_invoke", call) == {
        "service": "metagenomes",
        "api": "/api/get_user",
        "params": None,
        "headers": None,
        "data": '{"user_id": "xxxxxxxxxxx"}',
    }
    (effect,) = store.effects(operation="gateway_invoke")
    assert effect.fields == call


def test_a_configured_answer_is_answered() -> None:
    fixtures = {
        "gateway": {
            "services": [{"service": "lab", "apis": [{"api": "/v1/x", "answer": {"x": [1, 2]}}]}]
        }
    }
    store = Store(fixtures=fixtures)
    try:
        wire = SignedWire(AppClient(create_app(store)), DEMO_APP_KEY, DEMO_APP_SECRET)
        assert wire.ok("gateway_invoke", {"service": "lab", "api": "/v1/x", "params": "a=1"}) == {
            "x": [1, 2]
        }
        assert wire.call("gateway_invoke", {"service": "metagenomes", "api": "/"})["code"] == (
            NOT_FOUND
        )
    finally:
        store.close()


def test_unconfigured_services_and_apis_are_40401(wire: SignedWire, store: Store) -> None:
    answer = wire.call("gateway_invoke", {"service": "nope", "api": "/api/get_user"})
    assert (answer["code"], answer["msg"]) == (
        NOT_FOUND,
        "service nope is not configured in the gateway",
    )
    answer = wire.call("gateway_invoke", {"service": "metagenomes", "api": "/api/other"})
    assert answer["msg"] == "service metagenomes has no API /api/other configured"
    assert wire.call("gateway_invoke", {"service": "metagenomes"})["code"] == INVALID_ARGUMENT
    assert store.effects(operation="gateway_invoke") == []
