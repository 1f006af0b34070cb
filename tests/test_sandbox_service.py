"""The sandbox's service family over signed HTTP: images, SMS and templates, STS, signed URLs,
short links, BGI-coin payments and ferry copies; answers, state and recorded effects."""

from __future__ import annotations

import base64
import hashlib
import hmac
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import httpx
import pytest

from bge_private import PrivateAPI
from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store, create_app
from bge_private_sandbox.spec import load_spec
from bge_private_sandbox.stores.service import ServiceStore
from conftest import Sandbox
from sandbox_wire import AppClient, SignedWire

INVALID_ARGUMENT, NOT_FOUND = 40001, 40401
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24 + b"sandbox test image"
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 16
TEMPLATE = "research_download_notice"
NOTICE = {
    "org_name": "测试短信",
    "project_name": "科研调查",
    "applied_date": "2019-06-01 11:20",
    "expiry_date": "2019-06-11 11:20",
}


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


def operation(operation_id: str) -> dict[str, Any]:
    for item in load_spec()["paths"].values():
        if item["post"]["operationId"] == operation_id:
            found: dict[str, Any] = item["post"]
            return found
    raise LookupError(operation_id)


def doc_call(operation_id: str) -> dict[str, Any]:
    """The documentation example's request fields, as the spec holds them."""
    content = operation(operation_id)["requestBody"]["content"]
    examples = next(media["examples"] for media in content.values() if "examples" in media)
    return dict(examples["doc"]["value"])


def doc_output(operation_id: str) -> Any:
    """The documented `data` of the operation's 200 example."""
    answer = operation(operation_id)["responses"]["200"]["content"]["application/json"]
    return answer["examples"]["doc"]["value"]["data"]


def error(wire: SignedWire, operation_id: str, fields: dict[str, Any], **options: Any) -> Any:
    answer = wire.call(operation_id, fields, **options)
    assert answer["data"] is None
    return answer["code"], answer["msg"]


# ---------------------------------------------------------------------- documentation examples


@pytest.mark.parametrize("operation_id", ["sts_token", "shorturls", "bgicoin_withdraw"])
def test_the_documentation_example_answers_its_documented_output(
    wire: SignedWire, store: Store, operation_id: str
) -> None:
    assert wire.ok(operation_id, doc_call(operation_id)) == doc_output(operation_id)
    (effect,) = store.effects(operation=operation_id)
    assert effect.fields == doc_call(operation_id)


def test_the_image_upload_example_answers_its_documented_output(
    wire: SignedWire, store: Store
) -> None:
    fields = doc_call("image_upload")
    content = fields.pop("image").encode("utf-8")
    data = wire.ok("image_upload", fields, files={"image": ("1.png", content)})
    assert data == doc_output("image_upload")
    (effect,) = store.effects(operation="image_upload")
    assert effect.fields["image"] == {
        "filename": "1.png",
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
    }


def test_the_sign_url_example_answers_what_is_consistent_with_its_call(wire: SignedWire) -> None:
    # The documented URL is on the international host although the call asks for domestic.
    documented = doc_output("sign_url")
    data = wire.ok("sign_url", doc_call("sign_url"))
    assert data["expires"] == documented["expires"]
    assert data["url"].startswith("https://file.sandbox.invalid/")
    assert urlsplit(data["url"]).path == urlsplit(documented["url"]).path


def test_the_sms_example_sends_one_message(wire: SignedWire, store: Store) -> None:
    answer = wire.call("sms", doc_call("sms"))
    assert answer == {"code": 0, "msg": "success", "data": None}
    (effect,) = store.effects(operation="sms")
    assert effect.fields == {"template": TEMPLATE, "mobiles": "17665342277", **NOTICE}


# ---------------------------------------------------------------------- sms and its effect


def test_a_user_test_asserts_one_sms_through_the_sdk_and_the_effects_endpoint(
    sandbox: Sandbox,
) -> None:
    # The session's sandbox is shared, so the test finds its message by a number of its own.
    mobile = "139" + str(uuid.uuid4().int)[:8]
    with PrivateAPI(sandbox.app_key, sandbox.app_secret, endpoint=sandbox.url) as api:
        assert api.sms(TEMPLATE, mobile, **NOTICE) is None
    effects = httpx.get(f"{sandbox.url}/_sandbox/effects", params={"operation": "sms"}).json()
    sent = [effect for effect in effects if effect["fields"]["mobiles"] == mobile]
    assert len(sent) == 1
    assert sent[0]["operation"] == "sms"
    assert sent[0]["fields"] == {"template": TEMPLATE, "mobiles": mobile, **NOTICE}


def test_an_sms_needs_a_known_template_and_exactly_its_variables(
    wire: SignedWire, store: Store
) -> None:
    code, message = error(wire, "sms", {"template": "nope", "mobiles": "13800000001", **NOTICE})
    assert (code, message) == (NOT_FOUND, "SMS template nope does not exist")
    partial = {name: NOTICE[name] for name in ("org_name", "project_name")}
    code, message = error(wire, "sms", {"template": TEMPLATE, "mobiles": "138", **partial})
    assert code == INVALID_ARGUMENT
    assert "missing applied_date, expiry_date" in message
    extra = {**NOTICE, "colour": "red"}
    code, message = error(wire, "sms", {"template": TEMPLATE, "mobiles": "138", **extra})
    assert code == INVALID_ARGUMENT
    assert "colour not variables of the template" in message
    code, _ = error(wire, "sms", {"template": TEMPLATE, "mobiles": "12", **NOTICE})
    assert code == INVALID_ARGUMENT
    # Refused requests send nothing.
    assert store.effects(operation="sms") == []


# ---------------------------------------------------------------------- SMS templates


def new_template(wire: SignedWire, api_name: str = "pickup_notice") -> dict[str, Any]:
    fields = {
        "api_name": api_name,
        "sign_name": "BGE",
        "template_type": 1,
        "template_name": "样本取件通知",
        "template_content": "${name}您好,您的样本将于${date}取件。",
        "remark": "Tells a participant when the sample is picked up.",
    }
    data: dict[str, Any] = wire.ok("add_sms_template", fields)
    return data


def test_a_template_from_application_to_sending_to_deletion(wire: SignedWire, store: Store) -> None:
    added = new_template(wire)
    code = added["template_code"]
    assert added["status"] == "pending"
    assert added["variables"] == ["name", "date"]
    values = {"name": "张三", "date": "6月1日"}
    sms = {"template": "pickup_notice", "mobiles": "13800000001", **values}

    # Not usable before its review passes.
    failed, message = error(wire, "sms", sms)
    assert failed == INVALID_ARGUMENT
    assert "has not passed review yet" in message

    changed = wire.ok(
        "modify_sms_template",
        {
            "template_code": code,
            "template_type": 1,
            "template_name": "样本取件通知",
            "template_content": "${name}您好,快递员将于${date}${time}上门取件。",
            "remark": "Now with the time.",
        },
    )
    assert changed["variables"] == ["name", "date", "time"]
    assert changed["status"] == "pending"

    (status,) = wire.ok("template_status", {"template_codes": code})["result"]
    assert status["status"] == "approved"
    assert status["template_content"] == "${name}您好,快递员将于${date}${time}上门取件。"

    # The changed text is what sending checks against.
    failed, message = error(wire, "sms", sms)
    assert failed == INVALID_ARGUMENT
    assert "missing time" in message
    wire.ok("sms", {**sms, "time": "上午"})
    assert [effect.fields["time"] for effect in store.effects(operation="sms")] == ["上午"]

    # An approved template can no longer be changed.
    failed, message = error(
        wire,
        "modify_sms_template",
        {
            "template_code": code,
            "template_type": 1,
            "template_name": "x",
            "template_content": "x",
            "remark": "x",
        },
    )
    assert failed == INVALID_ARGUMENT
    assert "has passed review" in message

    wrong = {"template_code": code, "api_name": "other"}
    assert error(wire, "delate_sms_template", wrong)[0] == INVALID_ARGUMENT
    deleted = wire.ok("delate_sms_template", {"template_code": code, "api_name": "pickup_notice"})
    assert deleted == {"template_code": code, "api_name": "pickup_notice", "deleted": True}

    # Gone for every reader.
    gone = f"SMS template {code} does not exist"
    pair = {"template_code": code, "api_name": "pickup_notice"}
    assert error(wire, "delate_sms_template", pair) == (NOT_FOUND, gone)
    assert error(wire, "template_status", {"template_codes": code}) == (NOT_FOUND, gone)
    assert error(wire, "sms", {**sms, "time": "上午"})[0] == NOT_FOUND
    batch = {"template_api_name": "pickup_notice", "title": "t", "mobiles": "13800000001"}
    assert error(wire, "batch_send_sms", {**batch, "template_params": [values]})[0] == NOT_FOUND
    codes = [t.template_code for t in store.family(ServiceStore).templates()]
    assert codes == ["SMS_100000001", "SMS_100000002", "SMS_100000003"]


def test_template_codes_are_sequential_and_api_names_unique(wire: SignedWire) -> None:
    first = new_template(wire, "one")["template_code"]
    second = new_template(wire, "two")["template_code"]
    assert (first, second) == ("SMS_200000001", "SMS_200000002")
    code, message = error(
        wire,
        "add_sms_template",
        {
            "api_name": "one",
            "sign_name": "BGE",
            "template_type": 1,
            "template_name": "n",
            "template_content": "c",
            "remark": "r",
        },
    )
    assert code == INVALID_ARGUMENT
    assert "one is already the api_name of template SMS_200000001" in message


def test_template_status_is_all_or_nothing(wire: SignedWire, store: Store) -> None:
    code = new_template(wire)["template_code"]
    assert error(wire, "template_status", {"template_codes": f"{code},SMS_9"})[0] == NOT_FOUND
    (template,) = [t for t in store.family(ServiceStore).templates() if t.template_code == code]
    assert template.status == "pending"


# ---------------------------------------------------------------------- batch sends


def test_a_batch_send_then_its_delivery_status(wire: SignedWire, store: Store) -> None:
    params = [NOTICE, {**NOTICE, "org_name": "另一家"}]
    sent = wire.ok(
        "batch_send_sms",
        {
            "template_api_name": TEMPLATE,
            "title": "June notices",
            "mobiles": "13800000001,13800000002",
            "template_params": params,
        },
    )
    assert sent == {
        "msg_id": "batch-000001",
        "title": "June notices",
        "template_api_name": TEMPLATE,
        "total": 2,
    }
    (effect,) = store.effects(operation="batch_send_sms")
    assert effect.fields["mobiles"] == "13800000001,13800000002"
    assert effect.fields["template_params"] == params
    batch = store.family(ServiceStore).batch("batch-000001")
    assert batch is not None
    assert [message["status"] for message in batch.messages] == ["sent", "sent"]

    (stats,) = wire.ok("update_msgs_status", {"msg_ids": "batch-000001"})["result"]
    assert stats["total"] == stats["delivered"] == 2
    assert stats["sent"] == 0
    assert stats["status"] == "finished"
    assert [m["mobile"] for m in stats["messages"]] == ["13800000001", "13800000002"]
    assert {m["status"] for m in stats["messages"]} == {"delivered"}

    unknown = {"msg_ids": "batch-000001,batch-000099"}
    assert error(wire, "update_msgs_status", unknown) == (
        NOT_FOUND,
        "batch send batch-000099 does not exist",
    )


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ([NOTICE], "1 entries for 2 phone numbers"),
        ([NOTICE, {"org_name": "x"}], "template_params.1: missing project_name"),
        ([NOTICE, {**NOTICE, "org_name": {"nested": 1}}], "org_name must be text"),
    ],
)
def test_batch_params_must_fill_the_template_per_number(
    wire: SignedWire, store: Store, params: list[dict[str, Any]], expected: str
) -> None:
    fields = {
        "template_api_name": TEMPLATE,
        "title": "t",
        "mobiles": "13800000001,13800000002",
        "template_params": params,
    }
    code, message = error(wire, "batch_send_sms", fields)
    assert code == INVALID_ARGUMENT
    assert expected in message
    assert store.effects(operation="batch_send_sms") == []


def test_non_finite_template_values_are_refused_not_a_500(wire: SignedWire) -> None:
    # Python's JSON parser takes NaN (the client's encoder writes it), so the sandbox must
    # refuse it rather than fail to record it.
    fields = {
        "template_api_name": TEMPLATE,
        "title": "t",
        "mobiles": "13800000001",
        "template_params": [{**NOTICE, "org_name": float("nan")}],
    }
    code, message = error(wire, "batch_send_sms", fields)
    assert code == INVALID_ARGUMENT
    assert "org_name must be text or a finite number" in message


# ---------------------------------------------------------------------- images


def test_an_image_is_stored_by_content_at_a_deterministic_url(
    wire: SignedWire, store: Store
) -> None:
    md5 = hashlib.md5(PNG).hexdigest()
    data = wire.ok("image_upload", {"allow_exif": False}, files={"image": ("cat.png", PNG)})
    assert data == {
        "md5": md5,
        "size": len(PNG),
        "url": f"https://image.sandbox.invalid/{md5[:3]}/{md5}.png",
    }
    # The same content again is the same stored image, whatever its name.
    assert wire.ok("image_upload", {}, files={"image": ("again.bin", PNG)}) == data
    assert store.family(ServiceStore).image_content(data["url"]) == PNG
    jpeg = wire.ok("image_upload", {}, files={"image": ("photo", JPEG)})
    assert jpeg["url"].endswith(".jpg")
    assert len(store.effects(operation="image_upload")) == 3


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"", "the file is empty"), (b"just text", "not a PNG, JPEG, GIF or WebP image")],
)
def test_what_is_not_an_image_is_refused(
    wire: SignedWire, store: Store, content: bytes, expected: str
) -> None:
    code, message = error(wire, "image_upload", {}, files={"image": ("x.png", content)})
    assert code == INVALID_ARGUMENT
    assert expected in message
    assert store.effects(operation="image_upload") == []


# ---------------------------------------------------------------------- STS, OSS, short links


def test_sign_url_signs_with_the_sts_credentials_per_region(wire: SignedWire) -> None:
    sts = doc_output("sts_token")
    data = wire.ok("sign_url", {"object_name": "a/b c.txt", "region": "international"})
    url = urlsplit(data["url"])
    assert (url.scheme, url.netloc, url.path) == (
        "https",
        "international-file.sandbox.invalid",
        "/a%2Fb%20c.txt",
    )
    query = parse_qs(url.query)
    # Without expiration_time: the platform's default lifetime, 600 s, from the sandbox's clock.
    assert query["Expires"] == [data["expires"]] == [str(1573023321 + 600)]
    assert query["OSSAccessKeyId"] == [sts["credentials"]["access_key_id"]]
    assert query["security-token"] == [sts["credentials"]["security_token"]]
    text = f"GET\n\n\n{data['expires']}\n/{sts['bucket']}/a/b c.txt"
    secret = sts["credentials"]["access_key_secret"].encode()
    expected = base64.b64encode(hmac.new(secret, text.encode(), hashlib.sha1).digest()).decode()
    assert query["Signature"] == [expected]
    assert unquote(url.path[1:]) == "a/b c.txt"
    # Deterministic: the same call, the same URL.
    assert wire.ok("sign_url", {"object_name": "a/b c.txt", "region": "international"}) == data


def test_sign_url_refuses_what_oss_refuses(wire: SignedWire) -> None:
    assert error(wire, "sign_url", {"object_name": "/abs"})[0] == INVALID_ARGUMENT
    code, _ = error(wire, "sign_url", {"object_name": "x", "region": "mars"})
    assert code == INVALID_ARGUMENT
    assert (
        error(wire, "sign_url", {"object_name": "x", "expiration_time": 0})[0] == INVALID_ARGUMENT
    )


def test_a_url_has_one_short_link(wire: SignedWire, store: Store) -> None:
    first = wire.ok("shorturls", {"url": "https://example.org/a?b=1"})
    assert first["short_url"].startswith("https://s.sandbox.invalid/")
    assert first["expires"] == 604799
    assert wire.ok("shorturls", {"url": "https://example.org/a?b=1"}) == first
    other = wire.ok("shorturls", {"url": "https://example.org/a?b=2"})
    assert other["short_url"] != first["short_url"]
    assert len(store.effects(operation="shorturls")) == 3
    assert error(wire, "shorturls", {"url": "not a url"})[0] == INVALID_ARGUMENT


def test_fixture_links_are_found_however_their_url_is_written() -> None:
    link = {"url": "https://example.org", "short_url": "https://s.sandbox.invalid/fixed"}
    store = Store(fixtures={"service": {"short_urls": [link]}})
    try:
        wire = SignedWire(AppClient(create_app(store)), DEMO_APP_KEY, DEMO_APP_SECRET)
        for url in ("https://example.org", "https://example.org/"):
            assert wire.ok("shorturls", {"url": url})["short_url"] == link["short_url"]
    finally:
        store.close()


def test_sts_credentials_are_the_same_on_every_call(wire: SignedWire, store: Store) -> None:
    assert wire.ok("sts_token") == wire.ok("sts_token") == doc_output("sts_token")
    assert [effect.fields for effect in store.effects(operation="sts_token")] == [{}, {}]
    assert error(wire, "sts_token", {"bucket": "x"})[0] == INVALID_ARGUMENT


# ---------------------------------------------------------------------- BGI coins


def test_a_withdrawal_is_charged_once_per_order(wire: SignedWire, store: Store) -> None:
    order = {"account_name": "sandbox", "amount": 12.5, "order_type": 5, "order_id": "ORDER-0001"}
    first = wire.ok("bgicoin_withdraw", order)
    assert first == {"order_id": "ORDER-0001", "trade_no": "1435163710585004033"}
    # The same order again answers its first trade; nothing is charged twice.
    assert wire.ok("bgicoin_withdraw", order) == first
    second = wire.ok("bgicoin_withdraw", {**order, "order_id": "ORDER-0002"})
    assert second["trade_no"] == "1435163710585004034"
    ledger = store.family(ServiceStore).trades("sandbox")
    assert [(t["order_id"], t["amount"]) for t in ledger] == [
        ("ORDER-0001", 12.5),
        ("ORDER-0002", 12.5),
    ]
    # Every accepted request is recorded, the repeat included.
    assert len(store.effects(operation="bgicoin_withdraw")) == 3

    code, message = error(wire, "bgicoin_withdraw", {**order, "amount": 13})
    assert code == INVALID_ARGUMENT
    assert "ORDER-0001 was already charged" in message
    assert len(store.family(ServiceStore).trades()) == 2


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"account_name": "nobody"}, NOT_FOUND),
        ({"amount": 0}, INVALID_ARGUMENT),
        ({"amount": 0.001}, INVALID_ARGUMENT),
        ({"amount": "nan"}, INVALID_ARGUMENT),
        ({"order_type": 7}, INVALID_ARGUMENT),
        ({"order_id": "1234567"}, INVALID_ARGUMENT),
    ],
)
def test_a_bad_withdrawal_is_refused(
    wire: SignedWire, store: Store, change: dict[str, Any], code: int
) -> None:
    order = {"account_name": "xiangji", "amount": 1, "order_type": 4, "order_id": "12345678"}
    assert error(wire, "bgicoin_withdraw", {**order, **change})[0] == code
    assert store.family(ServiceStore).trades() == []


# ---------------------------------------------------------------------- ferry


def test_a_ferry_copy_is_answered_and_recorded_without_its_password(
    wire: SignedWire, store: Store
) -> None:
    fields = {
        "account": "lab-7",
        "password": "hunter2-secret",
        "project_no": "F21-0042",
        "biosample_cnt": 2,
        "sample_names": "S1,S2",
        "included_filename_exts": "fq.gz,md5",
    }
    answer = wire.call("ferry_download_to_oss", fields)
    assert answer["code"] == 0
    assert answer["data"] == {
        "project_no": "F21-0042",
        "biosample_cnt": 2,
        "sample_names": ["S1", "S2"],
        "included_filename_exts": ["fq.gz", "md5"],
        "action": None,
        "destination": "https://ferry-oss.sandbox.invalid/lab-7/F21-0042/",
    }
    (effect,) = store.effects(operation="ferry_download_to_oss")
    assert effect.fields["project_no"] == "F21-0042"
    assert "hunter2-secret" not in str(effect.as_json())
    assert "hunter2-secret" not in str(answer)
    assert error(wire, "ferry_download_to_oss", {**fields, "biosample_cnt": -1})[0] == (
        INVALID_ARGUMENT
    )


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


@pytest.mark.parametrize(("operation_id", "fields"), sandbox_examples("service"))
def test_each_sandbox_example_answers_code_0_on_a_fresh_sandbox(
    wire: SignedWire, operation_id: str, fields: dict[str, Any]
) -> None:
    assert wire.call(operation_id, fields)["code"] == 0
