"""The sandbox's framework on a synthetic spec: every body shape, path parameters, effects."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

import pytest
from private_sdk.signature import Signature
from private_sdk.utils import make_sign
from pydantic import BaseModel, ConfigDict

from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET, Store, create_app
from bge_private_sandbox.answers import ok
from bge_private_sandbox.app import check_handler
from bge_private_sandbox.faults import FaultConfig, FaultInjector
from bge_private_sandbox.handlers import HANDLERS
from bge_private_sandbox.models import Envelope
from bge_private_sandbox.spec import (
    FORM_MEDIA_TYPE,
    JSON_MEDIA_TYPE,
    MULTIPART_MEDIA_TYPE,
    Operation,
    SpecError,
    operations,
)
from sandbox_wire import AppClient, SignedWire, json_body, multipart_parts, signing_fields

INVALID_ARGUMENT, WRONG_SIGN, BODY_TOO_LARGE = 40001, 40103, 41301
SIGNING = {"app_key", "signature_nonce", "timestamp", "sign"}

# ---------------------------------------------------------------------- a synthetic spec


class UploadForm(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    note: str | None = None
    image: bytes


class RegionsForm(BaseModel):
    model_config = ConfigDict(extra="forbid")
    biosample_id: str
    regions: str


class BedFileForm(BaseModel):
    model_config = ConfigDict(extra="forbid")
    biosample_id: str
    bed_file: bytes


class DataItem(BaseModel):
    model_config = ConfigDict(extra="forbid")
    data_element_id: str
    attributes: dict[str, Any]


class ImportForm(BaseModel):
    model_config = ConfigDict(extra="forbid")
    batch_no: int
    data_items: list[DataItem]
    biosample_id: str | None = None


class EmptyForm(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EchoResponse(Envelope):
    data: dict[str, Any] | None = None


MODELS: dict[str, Any] = {
    model.__name__: model
    for model in (UploadForm, RegionsForm, BedFileForm, ImportForm, EmptyForm, EchoResponse)
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _operation(operation_id: str, content: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "post": {
            "operationId": operation_id,
            "requestBody": {"required": True, "content": content},
            "responses": {
                "200": {"content": {"application/json": {"schema": _ref("EchoResponse")}}}
            },
            **extra,
        }
    }


BINARY = {"type": "string", "format": "binary"}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/upload/{model_id}": _operation(
            "upload",
            {MULTIPART_MEDIA_TYPE: {"schema": _ref("UploadForm")}},
            parameters=[
                {
                    "name": "model_id",
                    "in": "path",
                    "required": True,
                    "schema": _ref("ModelId"),
                }
            ],
            **{"x-external-effect": True},
        ),
        "/variant": _operation(
            "variant",
            {
                FORM_MEDIA_TYPE: {"schema": _ref("RegionsForm")},
                MULTIPART_MEDIA_TYPE: {"schema": _ref("BedFileForm")},
            },
        ),
        "/batch/import": _operation(
            "import_batch", {JSON_MEDIA_TYPE: {"schema": _ref("ImportForm")}}
        ),
        "/things/{thing_id}": _operation(
            "thing",
            {FORM_MEDIA_TYPE: {"schema": _ref("EmptyForm")}},
            parameters=[{"$ref": "#/components/parameters/ThingId"}],
        ),
        # Listed after the template that also matches it: it must still win.
        "/things/special": _operation("special", {FORM_MEDIA_TYPE: {"schema": _ref("EmptyForm")}}),
    },
    "components": {
        "parameters": {
            "ThingId": {
                "name": "thing_id",
                "in": "path",
                "required": True,
                "schema": {"type": "integer", "minimum": 1},
            }
        },
        "schemas": {
            "ModelId": {"type": "string", "pattern": "^M-[0-9]+$"},
            "UploadForm": {
                "type": "object",
                "required": ["name", "image"],
                "properties": {
                    "name": {"type": "string"},
                    "note": {"type": "string"},
                    "image": BINARY,
                },
            },
            "RegionsForm": {
                "type": "object",
                "properties": {"biosample_id": {"type": "string"}, "regions": {"type": "string"}},
            },
            "BedFileForm": {
                "type": "object",
                "properties": {"biosample_id": {"type": "string"}, "bed_file": BINARY},
            },
            "ImportForm": {"type": "object"},
            "EmptyForm": {"type": "object"},
            "EchoResponse": {"type": "object"},
        },
    },
}


def _digest(value: bytes) -> str:
    return hashlib.sha256(value).hexdigest()


def upload(
    store: Store, form: UploadForm, *, model_id: str, filenames: Mapping[str, str]
) -> EchoResponse:
    return ok(
        EchoResponse,
        {
            "model_id": model_id,
            "name": form.name,
            "note": form.note,
            "image_sha256": _digest(form.image),
            "filenames": dict(filenames),
        },
    )


def variant(
    store: Store, form: RegionsForm | BedFileForm, *, filenames: Mapping[str, str]
) -> EchoResponse:
    if isinstance(form, BedFileForm):
        return ok(EchoResponse, {"bed_file": form.bed_file.decode(), "filenames": dict(filenames)})
    return ok(EchoResponse, {"regions": form.regions, "filenames": dict(filenames)})


def import_batch(store: Store, form: ImportForm) -> EchoResponse:
    return ok(EchoResponse, {"form": form.model_dump(), "types": type(form.batch_no).__name__})


def thing(store: Store, form: EmptyForm, *, thing_id: int) -> EchoResponse:
    return ok(EchoResponse, {"thing_id": thing_id, "type": type(thing_id).__name__})


def special(store: Store, form: EmptyForm) -> EchoResponse:
    return ok(EchoResponse, {"special": True})


SYNTHETIC_HANDLERS = {
    "upload": upload,
    "variant": variant,
    "import_batch": import_batch,
    "thing": thing,
    "special": special,
}


def synthetic_operations() -> list[Operation]:
    return operations(SPEC, models_namespace=MODELS)


@pytest.fixture
def store() -> Iterator[Store]:
    store = Store()
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def client(store: Store) -> AppClient:
    app = create_app(
        store,
        operation_table=synthetic_operations(),
        handlers=SYNTHETIC_HANDLERS,
        max_part_bytes=4096,
        max_upload_bytes=16384,
    )
    return AppClient(app)


def signed(text: Mapping[str, str]) -> dict[str, str]:
    return multipart_parts(text, DEMO_APP_KEY, DEMO_APP_SECRET)


def envelope(response: Any) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


# ---------------------------------------------------------------------- the operation table


def test_the_operation_table_records_every_body_shape() -> None:
    by_id = {op.operation_id: op for op in synthetic_operations()}
    up = by_id["upload"]
    assert up.media_types == (MULTIPART_MEDIA_TYPE,)
    assert up.file_fields == {"image"}
    assert [parameter.name for parameter in up.path_parameters] == ["model_id"]
    assert up.external_effect and up.templated
    variant = by_id["variant"]
    assert variant.media_types == (FORM_MEDIA_TYPE, MULTIPART_MEDIA_TYPE)
    assert variant.bodies[FORM_MEDIA_TYPE].form_model is RegionsForm
    assert variant.bodies[FORM_MEDIA_TYPE].file_fields == frozenset()
    assert variant.bodies[MULTIPART_MEDIA_TYPE].file_fields == {"bed_file"}
    assert by_id["import_batch"].media_types == (JSON_MEDIA_TYPE,)
    assert not by_id["special"].templated and not by_id["special"].external_effect


def test_one_schema_for_form_and_multipart_has_files_only_in_multipart() -> None:
    spec = json.loads(json.dumps(SPEC))
    content = spec["paths"]["/variant"]["post"]["requestBody"]["content"]
    content[FORM_MEDIA_TYPE]["schema"] = _ref("BedFileForm")
    (variant,) = [
        op for op in operations(spec, models_namespace=MODELS) if op.operation_id == "variant"
    ]
    assert variant.bodies[FORM_MEDIA_TYPE].file_fields == frozenset()
    assert variant.bodies[MULTIPART_MEDIA_TYPE].file_fields == {"bed_file"}


def test_the_real_spec_parses_into_operations_of_the_three_body_kinds() -> None:
    ops = operations()
    kinds = {media for op in ops for media in op.media_types}
    assert kinds == {FORM_MEDIA_TYPE, "multipart/form-data", "application/json"}
    assert sum(FORM_MEDIA_TYPE in op.media_types for op in ops) > 100


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda spec: spec["paths"]["/variant"]["post"]["requestBody"]["content"].update(
                {"text/plain": {"schema": _ref("RegionsForm")}}
            ),
            "text/plain",
        ),
        (
            lambda spec: spec["paths"]["/upload/{model_id}"]["post"].update(parameters=[]),
            "must be exactly its path parameters",
        ),
        (
            lambda spec: spec["components"]["schemas"].update(ModelId={"type": "array"}),
            "string, integer",
        ),
        (
            lambda spec: spec["components"]["schemas"].update(
                ModelId={"type": "string", "oneOf": []}
            ),
            "'oneOf'",
        ),
        (
            lambda spec: spec["components"]["schemas"].update(ModelId={"type": ["string", "null"]}),
            "string, integer",
        ),
        (
            lambda spec: spec["components"]["schemas"].update(
                ModelId={"type": "string", "format": "date-time"}
            ),
            "format 'date-time'",
        ),
    ],
)
def test_a_spec_the_sandbox_cannot_serve_is_refused(change: Any, message: str) -> None:
    spec = json.loads(json.dumps(SPEC))
    change(spec)
    with pytest.raises(SpecError, match=message):
        operations(spec, models_namespace=MODELS)


def test_start_up_fails_without_a_handler_or_with_a_wrong_signature(store: Store) -> None:
    ops = synthetic_operations()
    without_special = {
        name: handler for name, handler in SYNTHETIC_HANDLERS.items() if name != "special"
    }
    with pytest.raises(SpecError, match="does not implement: special"):
        create_app(store, operation_table=ops, handlers=without_special)

    def no_path_keyword(store: Store, form: EmptyForm) -> EchoResponse:
        return ok(EchoResponse, {})

    with pytest.raises(SpecError, match=r"thing must take \(store, form, thing_id=\.\.\.\)"):
        create_app(
            store, operation_table=ops, handlers={**SYNTHETIC_HANDLERS, "thing": no_path_keyword}
        )

    def no_filenames(store: Store, form: UploadForm, *, model_id: str) -> EchoResponse:
        return ok(EchoResponse, {})

    with pytest.raises(SpecError, match="filenames"):
        create_app(
            store, operation_table=ops, handlers={**SYNTHETIC_HANDLERS, "upload": no_filenames}
        )


def test_handlers_are_found_in_their_family_modules() -> None:
    families = {name: handler.__module__.rsplit(".", 1)[-1] for name, handler in HANDLERS.items()}
    assert families == {
        "get_samples": "samples",
        "register_sample": "samples",
        "improve_sample": "samples",
        "task_result": "surveys",
        "survey_projects": "surveys",
        "survey_target": "surveys",
        "question_size": "surveys",
        "wechat_profile": "wechat",
    }


def test_every_real_handler_takes_what_its_operation_passes() -> None:
    # create_app() checks this on start-up; here it is, without an app.
    for op in operations():
        check_handler(op, HANDLERS[op.operation_id])


# ---------------------------------------------------------------------- multipart


def test_multipart_is_signed_over_the_text_parts_and_hands_over_the_file(
    client: AppClient,
) -> None:
    image = bytes(range(256)) * 4
    response = client.post(
        "/upload/M-7",
        data=signed({"name": "cat", "note": "猫"}),
        files={"image": ("cat.png", image, "image/png")},
    )
    answer = envelope(response)
    assert answer["code"] == 0, answer
    assert answer["data"] == {
        "model_id": "M-7",
        "name": "cat",
        "note": "猫",
        "image_sha256": _digest(image),
        "filenames": {"image": "cat.png"},
    }


def test_a_tampered_file_part_is_accepted_a_tampered_text_part_is_not(client: AppClient) -> None:
    parts = signed({"name": "cat"})
    # The file is not signed: any content passes with the same signature.
    first = envelope(client.post("/upload/M-1", data=parts, files={"image": ("a", b"one")}))
    assert first["code"] == 0, first
    again = signed({"name": "cat"})
    second = envelope(client.post("/upload/M-1", data=again, files={"image": ("b", b"two")}))
    assert second["code"] == 0, second
    assert second["data"]["image_sha256"] == _digest(b"two")
    tampered = {**signed({"name": "cat"}), "name": "dog"}
    refused = envelope(client.post("/upload/M-1", data=tampered, files={"image": ("a", b"x")}))
    assert refused["code"] == WRONG_SIGN, refused
    # Signing the file as if it were a field does not make a valid request either.
    with_file = multipart_parts({"name": "cat", "image": "x"}, DEMO_APP_KEY, DEMO_APP_SECRET)
    del with_file["image"]
    wrong = envelope(client.post("/upload/M-1", data=with_file, files={"image": ("a", b"x")}))
    assert wrong["code"] == WRONG_SIGN, wrong


def test_a_part_over_the_part_limit_is_refused(client: AppClient) -> None:
    big = b"\0" * 4097  # max_part_bytes is 4096 in this app
    answer = envelope(
        client.post("/upload/M-1", data=signed({"name": "cat"}), files={"image": ("a", big)})
    )
    assert answer["code"] == BODY_TOO_LARGE, answer
    assert "'image'" in answer["msg"] and "4096" in answer["msg"]
    fits = envelope(
        client.post("/upload/M-1", data=signed({"name": "cat"}), files={"image": ("a", big[1:])})
    )
    assert fits["code"] == 0, fits
    long_text = envelope(
        client.post("/upload/M-1", data=signed({"name": "c" * 4097}), files={"image": ("a", b"")})
    )
    assert long_text["code"] == BODY_TOO_LARGE, long_text


def test_a_multipart_body_over_the_total_limit_is_refused(client: AppClient) -> None:
    # Each part is within 4096 bytes, the body is over 16384.
    parts = signed({"name": "cat"})
    files = {"image": ("a", b"\0" * 4000)}
    extra = {f"x{index}": "y" * 4000 for index in range(4)}
    answer = envelope(client.post("/upload/M-1", data={**parts, **extra}, files=files))
    assert answer["code"] == BODY_TOO_LARGE, answer


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (
            b'--b\r\nContent-Disposition: form-data; name="name"\r\n\r\ncat\r\n',
            "multipart/form-data; boundary=b",
            "closing boundary",
        ),
        (b"", "multipart/form-data", "no boundary"),
        (
            b"--b\r\nContent-Type: text/plain\r\n\r\ncat\r\n--b--\r\n",
            "multipart/form-data; boundary=b",
            "Content-Disposition",
        ),
        (
            b'--b\r\nContent-Disposition: form-data; name="name"\r\n\r\ncat\r\n'
            b'--b\r\nContent-Disposition: form-data; name="name"\r\n\r\ndog\r\n--b--\r\n',
            "multipart/form-data; boundary=b",
            "more than once",
        ),
        (
            b'--b\r\nContent-Disposition: form-data; name="name"\r\n\r\n\xff\r\n--b--\r\n',
            "multipart/form-data; boundary=b",
            "not UTF-8",
        ),
        (b"{}", "application/json", "send multipart/form-data"),
    ],
)
def test_malformed_multipart_is_a_clear_40001(
    client: AppClient, body: bytes, content_type: str, message: str
) -> None:
    answer = envelope(
        client.post("/upload/M-1", content=body, headers={"Content-Type": content_type})
    )
    assert answer["code"] == INVALID_ARGUMENT, answer
    assert message in answer["msg"]


def test_an_operation_taking_a_form_or_multipart_gets_the_model_of_each(client: AppClient) -> None:
    text = signing_fields(
        {"biosample_id": "E-1", "regions": "chr1:1-9"}, DEMO_APP_KEY, DEMO_APP_SECRET
    )
    as_form = envelope(client.post("/variant", data=text))
    assert as_form["data"] == {"regions": "chr1:1-9", "filenames": {}}
    parts = signed({"biosample_id": "E-1"})
    as_upload = envelope(
        client.post("/variant", data=parts, files={"bed_file": ("r.bed", b"chr1\t1\t9")})
    )
    assert as_upload["data"] == {"bed_file": "chr1\t1\t9", "filenames": {"bed_file": "r.bed"}}


def test_the_signed_wire_helper_sends_every_media_type(client: AppClient) -> None:
    wire = SignedWire(client, DEMO_APP_KEY, DEMO_APP_SECRET, synthetic_operations())
    uploaded = wire.ok(
        "upload", {"name": "cat"}, files={"image": ("猫.png", b"meow")}, path={"model_id": "M-5"}
    )
    assert (uploaded["model_id"], uploaded["filenames"]) == ("M-5", {"image": "猫.png"})
    assert wire.ok("variant", {"biosample_id": "E-1", "regions": "r"})["regions"] == "r"
    as_file = wire.ok("variant", {"biosample_id": "E-1"}, files={"bed_file": ("b", b"chr2")})
    assert as_file["bed_file"] == "chr2"
    imported = wire.ok("import_batch", {"batch_no": 1, "data_items": ITEMS, "biosample_id": None})
    assert imported["form"]["data_items"] == ITEMS
    assert wire.ok("thing", path={"thing_id": 3}) == {"thing_id": 3, "type": "int"}
    # The media type picks the model: multipart here means the bed-file form.
    refused = wire.call(
        "variant", {"biosample_id": "E-1", "regions": "r"}, media_type=MULTIPART_MEDIA_TYPE
    )
    assert refused["code"] == INVALID_ARGUMENT
    assert "regions: is not a field of this operation" in refused["msg"]


# ---------------------------------------------------------------------- JSON body

ITEMS = [
    {
        "data_element_id": "00011d12-b363-11e9-bfed-00163e104c79",
        "attributes": {"age": 18, "parents": ["father", "mother"], "other": {"notice": "提示"}},
    },
    {"data_element_id": "00011d13-b363-11e9-bfed-00163e104c79", "attributes": {"ok": True}},
]


def _reference_import_body(**values: Any) -> tuple[bytes, float]:
    """import_batch's body exactly as the reference SDK builds it, and its signing instant."""
    data = make_sign(DEMO_APP_KEY, DEMO_APP_SECRET, **values)
    # make_sign writes local time with a Z; the sandbox's clock is set to that instant, so
    # the test does not depend on the machine's time zone.
    instant = datetime.strptime(data["timestamp"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return json.dumps(data).encode(), instant.timestamp()


def _json_client(store: Store, instant: float) -> AppClient:
    app = create_app(
        store,
        operation_table=synthetic_operations(),
        handlers=SYNTHETIC_HANDLERS,
        clock=lambda: instant,
    )
    return AppClient(app)


def test_a_json_body_signed_by_the_reference_sdk_is_accepted(store: Store) -> None:
    body, instant = _reference_import_body(
        batch_no=1630484655317, data_items=ITEMS, biosample_id=None
    )
    client = _json_client(store, instant)
    answer = envelope(
        client.post("/batch/import", content=body, headers={"Content-Type": JSON_MEDIA_TYPE})
    )
    assert answer["code"] == 0, answer
    assert answer["data"]["types"] == "int"
    assert answer["data"]["form"] == {
        "batch_no": 1630484655317,
        "data_items": ITEMS,
        "biosample_id": None,
    }


def test_the_json_body_signature_is_over_the_python_repr_of_each_value(store: Store) -> None:
    body, instant = _reference_import_body(batch_no=5, data_items=ITEMS, biosample_id="E-1")
    sent = json.loads(body)
    # What the reference signed: str() of each value, so the list's Python repr.
    repr_fields = {name: str(value) for name, value in sent.items() if name != "sign"}
    assert repr_fields["data_items"].startswith("[{'data_element_id': ")
    assert Signature(DEMO_APP_SECRET).sign(repr_fields) == sent["sign"]
    # A client that signs the JSON text of the list instead is refused.
    json_text = dict(repr_fields, data_items=json.dumps(ITEMS))
    wrong = dict(sent, sign=Signature(DEMO_APP_SECRET).sign(json_text))
    tampered = dict(sent, data_items=[ITEMS[0]])
    client = _json_client(store, instant)
    for changed in (wrong, tampered):
        answer = envelope(
            client.post(
                "/batch/import",
                content=json.dumps(changed),
                headers={"Content-Type": JSON_MEDIA_TYPE},
            )
        )
        assert answer["code"] == WRONG_SIGN, answer
    # The refusals came before the nonce was used: the reference's own body still passes.
    answer = envelope(
        client.post("/batch/import", content=body, headers={"Content-Type": JSON_MEDIA_TYPE})
    )
    assert answer["code"] == 0, answer


def test_the_test_helper_signs_json_bodies_like_the_reference(client: AppClient) -> None:
    body = json_body(
        {"batch_no": 7, "data_items": ITEMS, "biosample_id": None}, DEMO_APP_KEY, DEMO_APP_SECRET
    )
    answer = envelope(
        client.post("/batch/import", content=body, headers={"Content-Type": JSON_MEDIA_TYPE})
    )
    assert answer["code"] == 0, answer


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"[1]", "one JSON object"),
        (b"{", "not valid JSON"),
        (b'{"batch_no": 1, "batch_no": 2}', "more than once"),
        (b'{"batch_no": NaN}', "NaN"),
        (b'{"batch_no": 1e999}', "too large"),
        (b"\xff", "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "cannot hold"),
    ],
)
def test_a_malformed_json_body_is_a_clear_40001(
    client: AppClient, body: bytes, message: str
) -> None:
    answer = envelope(
        client.post("/batch/import", content=body, headers={"Content-Type": JSON_MEDIA_TYPE})
    )
    assert answer["code"] == INVALID_ARGUMENT, answer
    assert message in answer["msg"]


def test_json_values_are_validated_by_the_form_model(client: AppClient) -> None:
    body = json_body({"batch_no": "7", "data_items": []}, DEMO_APP_KEY, DEMO_APP_SECRET)
    ok_answer = envelope(
        client.post("/batch/import", content=body, headers={"Content-Type": JSON_MEDIA_TYPE})
    )
    # pydantic's lax mode takes "7" for an int, as the platform's form fields do.
    assert ok_answer["code"] == 0
    body = json_body({"batch_no": 7, "data_items": [{"x": 1}]}, DEMO_APP_KEY, DEMO_APP_SECRET)
    answer = envelope(
        client.post("/batch/import", content=body, headers={"Content-Type": JSON_MEDIA_TYPE})
    )
    assert answer["code"] == INVALID_ARGUMENT
    assert "data_items.0.data_element_id: is required" in answer["msg"]


# ---------------------------------------------------------------------- path parameters


def test_path_parameters_reach_the_handler_checked_and_typed(client: AppClient) -> None:
    form = signing_fields({}, DEMO_APP_KEY, DEMO_APP_SECRET)
    answer = envelope(client.post("/things/42", data=form))
    assert answer["data"] == {"thing_id": 42, "type": "int"}
    for bad in ("0", "abc"):
        refused = envelope(
            client.post(f"/things/{bad}", data=signing_fields({}, DEMO_APP_KEY, DEMO_APP_SECRET))
        )
        assert refused["code"] == INVALID_ARGUMENT, refused
        assert "thing_id (in the path)" in refused["msg"]
    refused = envelope(
        client.post("/upload/X-1", data=signed({"name": "a"}), files={"image": ("a", b"")})
    )
    assert refused["code"] == INVALID_ARGUMENT and "model_id" in refused["msg"]


def test_a_literal_path_wins_over_a_template_that_matches_it(client: AppClient) -> None:
    form = signing_fields({}, DEMO_APP_KEY, DEMO_APP_SECRET)
    assert envelope(client.post("/things/special", data=form))["data"] == {"special": True}


def test_faults_reach_templated_paths_too() -> None:
    injector = FaultInjector(create_app(), FaultConfig(rate=1.0), ["/things/{thing_id}", "/b"])
    assert injector.covers("/things/7") and injector.covers("/b")
    assert not injector.covers("/things/7/more") and not injector.covers("/things/")


# ---------------------------------------------------------------------- effects


def test_external_effects_are_recorded_for_python_and_http(client: AppClient, store: Store) -> None:
    assert client.get("/_sandbox/effects").json() == []
    parts = signed({"name": "cat"})
    envelope(client.post("/upload/M-3", data=parts, files={"image": ("cat.png", b"meow")}))
    # Refused requests have no effect.
    bad = {**signed({"name": "dog"}), "name": "wolf"}
    assert (
        envelope(client.post("/upload/M-3", data=bad, files={"image": ("d", b"")}))["code"]
        == WRONG_SIGN
    )
    # Operations without x-external-effect are not recorded.
    envelope(client.post("/things/1", data=signing_fields({}, DEMO_APP_KEY, DEMO_APP_SECRET)))

    (effect,) = store.effects(operation="upload")
    assert effect.operation == "upload"
    assert effect.fields == {
        "name": "cat",
        "image": {"filename": "cat.png", "size": 4, "sha256": _digest(b"meow")},
        "model_id": "M-3",
    }
    assert not SIGNING & set(effect.fields)
    assert store.effects() == [effect]

    listed = client.get("/_sandbox/effects", params={"operation": "upload"})
    assert listed.status_code == 200
    assert listed.json() == [effect.as_json()]
    assert listed.json()[0]["time"].endswith("Z")


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"operation": "thing"}, "not an operation with x-external-effect; recorded: upload"),
        ({"operation": "nope"}, "'nope'"),
        ({"op": "upload"}, "unknown query parameter(s): op"),
    ],
)
def test_the_effects_endpoint_refuses_what_it_cannot_answer(
    client: AppClient, params: dict[str, str], message: str
) -> None:
    response = client.get("/_sandbox/effects", params=params)
    assert response.status_code == 400
    assert response.json()["code"] == INVALID_ARGUMENT
    assert message in response.json()["msg"]


def test_the_real_sandbox_serves_the_effects_endpoint() -> None:
    response = AppClient(create_app()).get("/_sandbox/effects")
    assert response.status_code == 200
    assert response.json() == []
