"""The sandbox's OAuth2 family: applications, and grants authorised, listed and revoked."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store
from bge_private_sandbox.app import create_app
from bge_private_sandbox.spec import load_spec
from sandbox_wire import AppClient, SignedWire

INVALID_ARGUMENT, NOT_FOUND = 40001, 40401
APP = "ex8FoZjiSmjAlbg0XiqGmaTSIT3SGxoJYnslDGqB"  # oauth2_application's example
MINI_APP = "uIwrirBQhNFzOVW5uidDvhXHE3Cq403Ml8n2584z"  # oauth2_authorize's (a mini program)
OTHER_APP = "84CyOIuRi02ECbp1t9t688NPsBLSoRU6NtJkL5I8"  # the grant oauth2_grants shows
USER = "a7WkhOsaMCzsTWW9euCntjyWs8x7qn"  # has grants to APP and OTHER_APP
MINI_USER = "dKXFoWLtcYAiE9G0uEYKfDLXNrOjtm"  # has none
CALLBACK = "http://test.cn"
CODE = re.compile(r"^[A-Za-z0-9]{30}$")


def documented(operation_id: str) -> tuple[dict[str, Any], Any]:
    """The operation's documentation example: its request and the `data` it answers (None
    when the documentation shows no output)."""
    for item in load_spec()["paths"].values():
        operation = item["post"]
        if operation["operationId"] == operation_id:
            body = operation["requestBody"]["content"]["application/x-www-form-urlencoded"]
            answer = operation["responses"]["200"]["content"]["application/json"]
            shown = answer.get("examples", {}).get("doc", {}).get("value", {})
            return body["examples"]["doc"]["value"], shown.get("data")
    raise LookupError(operation_id)


@pytest.fixture
def wire() -> Iterator[SignedWire]:
    store = Store()
    try:
        yield SignedWire(AppClient(create_app(store)), DEMO_APP_KEY, DEMO_APP_SECRET)
    finally:
        store.close()


def refused(wire: SignedWire, operation_id: str, fields: dict[str, Any]) -> tuple[int, str]:
    answer = wire.call(operation_id, fields)
    assert answer["code"] != 0 and answer["data"] is None
    return answer["code"], answer["msg"]


# ---------------------------------------------------------------------- documentation examples


@pytest.mark.parametrize("operation_id", ["oauth2_application", "oauth2_authorize"])
def test_documentation_examples_called_first_answer_their_documented_data(
    wire: SignedWire, operation_id: str
) -> None:
    request, data = documented(operation_id)
    assert wire.ok(operation_id, request) == data


def test_the_grants_example_answers_the_grant_its_call_asks_for(wire: SignedWire) -> None:
    # The documented output shows a grant to another application than the one asked for
    # (the spec says so); the sandbox answers the grant to the application asked for.
    request, data = documented("oauth2_grants")
    answer = wire.ok("oauth2_grants", request)
    application = wire.ok("oauth2_application", {"client_id": APP, "redirect_uri": CALLBACK})
    assert answer == {
        **data,
        "application": {
            "client_id": request["client_id"],
            "logo": application["logo"],
            "name": application["name"],
        },
    }
    assert data["application"]["client_id"] != request["client_id"]


def test_the_revoke_example_revokes_the_documented_grant(wire: SignedWire) -> None:
    request, data = documented("oauth2_revoke_grant")
    assert data is None  # the documentation shows no output
    assert wire.call("oauth2_revoke_grant", request) == {"code": 0, "msg": "success", "data": None}
    assert wire.ok("oauth2_grants", request) == []


# ---------------------------------------------------------------------- the grant's life


def test_authorize_then_list_then_revoke(wire: SignedWire) -> None:
    assert wire.ok("oauth2_grants", {"auth_token": MINI_USER}) == []
    shared = [{"biosample_id": "E-B19137107158", "type": "Full"}]
    code = wire.ok(
        "oauth2_authorize",
        {
            "client_id": APP,
            "redirect_uri": CALLBACK,
            "auth_token": MINI_USER,
            "biosample_ids": shared,
        },
    )
    # An application without a mini program sends the user back to the callback given.
    assert code["redirect_uri"] == CALLBACK and code["wxmp_app_id"] == ""
    assert CODE.match(code["code"])
    grant = wire.ok("oauth2_grants", {"auth_token": MINI_USER, "client_id": APP})
    assert grant["biosample_ids"] == shared
    assert re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", grant["grant_time"])
    assert grant["application"] == {"client_id": APP, "logo": "", "name": "测试应用"}
    assert wire.ok("oauth2_grants", {"auth_token": MINI_USER}) == [grant]

    wire.ok("oauth2_revoke_grant", {"auth_token": MINI_USER, "client_id": APP})
    assert wire.ok("oauth2_grants", {"auth_token": MINI_USER, "client_id": APP}) == []
    assert wire.ok("oauth2_grants", {"auth_token": MINI_USER}) == []
    # Revoking again leaves the same state and is no error.
    again = wire.call("oauth2_revoke_grant", {"auth_token": MINI_USER, "client_id": APP})
    assert again == {"code": 0, "msg": "success", "data": None}


def test_a_user_with_several_grants_lists_them_and_revoking_one_keeps_the_other(
    wire: SignedWire,
) -> None:
    grants = wire.ok("oauth2_grants", {"auth_token": USER})
    assert [grant["application"]["client_id"] for grant in grants] == [APP, OTHER_APP]
    wire.ok("oauth2_revoke_grant", {"auth_token": USER, "client_id": APP})
    left = wire.ok("oauth2_grants", {"auth_token": USER})
    assert left == grants[1:]


def test_authorizing_again_replaces_what_is_shared_and_issues_another_code(
    wire: SignedWire,
) -> None:
    before = wire.ok("oauth2_grants", {"auth_token": USER})
    fields = {"client_id": APP, "redirect_uri": CALLBACK, "auth_token": USER}
    first = wire.ok("oauth2_authorize", fields)
    second = wire.ok("oauth2_authorize", fields)
    assert first["code"] != second["code"]
    after = wire.ok("oauth2_grants", {"auth_token": USER})
    # Same place among the user's grants; nothing shared now (no biosample_ids given).
    assert [g["application"]["client_id"] for g in after] == [APP, OTHER_APP]
    assert after[0]["biosample_ids"] == [] and after[1] == before[1]


def test_the_documented_code_is_issued_once(wire: SignedWire) -> None:
    request, data = documented("oauth2_authorize")
    assert wire.ok("oauth2_authorize", request)["code"] == data["code"]
    again = wire.ok("oauth2_authorize", request)
    assert again["code"] != data["code"] and CODE.match(again["code"])
    grant = wire.ok(
        "oauth2_grants", {"auth_token": request["auth_token"], "client_id": request["client_id"]}
    )
    assert grant["biosample_ids"] == request["biosample_ids"]
    assert grant["application"]["client_id"] == MINI_APP


# ---------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("operation_id", "fields", "code", "needle"),
    [
        (
            "oauth2_application",
            {"client_id": "nobody", "redirect_uri": CALLBACK},
            NOT_FOUND,
            "nobody",
        ),
        (
            "oauth2_application",
            {"client_id": APP, "redirect_uri": "http://evil.invalid"},
            INVALID_ARGUMENT,
            "redirect_uri",
        ),
        (
            "oauth2_authorize",
            {"client_id": APP, "redirect_uri": CALLBACK, "auth_token": "not-a-token"},
            NOT_FOUND,
            "auth_token",
        ),
        (
            "oauth2_authorize",
            {
                "client_id": APP,
                "redirect_uri": CALLBACK,
                "auth_token": USER,
                "biosample_ids": [{"biosample_id": "E-B00000000000", "type": "Full"}],
            },
            NOT_FOUND,
            "E-B00000000000",
        ),
        (
            "oauth2_authorize",
            {
                "client_id": APP,
                "redirect_uri": CALLBACK,
                "auth_token": USER,
                "biosample_ids": [{"biosample_id": "E-B19137107158"}],
            },
            INVALID_ARGUMENT,
            "type",
        ),
        ("oauth2_grants", {"auth_token": "not-a-token"}, NOT_FOUND, "auth_token"),
        ("oauth2_grants", {"auth_token": USER, "client_id": "nobody"}, NOT_FOUND, "nobody"),
        (
            "oauth2_revoke_grant",
            {"auth_token": "not-a-token", "client_id": APP},
            NOT_FOUND,
            "auth_token",
        ),
        ("oauth2_revoke_grant", {"auth_token": USER, "client_id": "nobody"}, NOT_FOUND, "nobody"),
    ],
)
def test_bad_requests_are_refused_and_change_nothing(
    wire: SignedWire, operation_id: str, fields: dict[str, Any], code: int, needle: str
) -> None:
    before = wire.ok("oauth2_grants", {"auth_token": USER})
    got, message = refused(wire, operation_id, fields)
    assert got == code and needle in message
    assert "not-a-token" not in message  # a token is a credential: never repeated
    assert wire.ok("oauth2_grants", {"auth_token": USER}) == before
