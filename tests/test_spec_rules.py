"""The rules of spec/README.md that keep openapi.yaml right for every generator, checked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import bge_private
from bge_private._signing import compute_sign, string_to_sign
from spec_document import load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC: dict[str, Any] = load_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
OPERATIONS = [
    (f"{method.upper()} {path}", operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
    if method in METHODS
]


def _walk(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}")


def _is_presence_branch(branch: Any) -> bool:
    return isinstance(branch, dict) and "required" in branch and "type" not in branch


def _answer(body: dict[str, Any]) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, json=body))


@pytest.mark.parametrize("code", [40401, 40999])
def test_a_known_or_unknown_code_is_an_api_error(code: int) -> None:
    transport = _answer({"code": code, "msg": "no", "data": None})
    api = bge_private.PrivateAPI("k", "s", endpoint="http://platform.test", transport=transport)
    with api, pytest.raises(bge_private.APIError) as caught:
        api.question_size("5c033e04f89dd15e44d48b7d")
    assert caught.value.code == code
    assert type(caught.value.code) is int


def test_the_envelope_code_is_an_open_enum_of_error_codes() -> None:
    code = SCHEMAS["Envelope"]["properties"]["code"]
    assert code["anyOf"] == [{"$ref": "#/components/schemas/ErrorCode"}, {"type": "integer"}]


@pytest.mark.parametrize("where, operation", OPERATIONS, ids=[w for w, _ in OPERATIONS])
def test_every_operation_has_a_description_and_its_error_codes(
    where: str, operation: dict[str, Any]
) -> None:
    assert str(operation.get("description", "")).strip(), f"{where}: no description"
    codes = operation.get("x-error-codes")
    assert isinstance(codes, list), f"{where}: no x-error-codes list (write [] for none)"
    known = set(SCHEMAS["ErrorCode"]["enum"]) - {0}
    common = set(SCHEMAS["ErrorCode"]["x-every-operation"])
    assert set(codes) <= known, f"{where}: x-error-codes not in ErrorCode: {set(codes) - known}"
    assert not set(codes) & common, (
        f"{where}: repeats x-every-operation codes {set(codes) & common}"
    )


def test_presence_rules_are_disjoint_one_of_with_required_only_branches() -> None:
    problems = []
    for where, node in _walk(SPEC):
        if any(_is_presence_branch(b) for b in node.get("anyOf", [])):
            problems.append(f"{where}: a presence rule under anyOf (write it as a disjoint oneOf)")
        for branch in node.get("oneOf", []):
            if _is_presence_branch(branch) and not set(branch) <= {"required", "not"}:
                problems.append(f"{where}: a presence-rule branch also holds {sorted(branch)}")
    assert problems == []


def test_request_forms_keep_required_beside_all_of() -> None:
    problems = []
    for where, operation in OPERATIONS:
        for media in operation.get("requestBody", {}).get("content", {}).values():
            ref = media.get("schema", {}).get("$ref", "")
            schema = SCHEMAS.get(ref.rsplit("/", 1)[-1], {})
            for branch in schema.get("allOf", []):
                if "required" in branch:
                    problems.append(f"{where}: `required` inside an allOf branch of {ref}")
    assert problems == []


def test_no_property_is_a_bare_null_type() -> None:
    bare = [
        f"{where}/{name}"
        for where, node in _walk(SCHEMAS)
        for name, prop in (node.get("properties") or {}).items()
        if isinstance(prop, dict) and prop.get("type") == "null"
    ]
    assert bare == [], "write an always-null property as {const: null}"


def test_enum_constant_names_are_unique_across_the_spec() -> None:
    owners: dict[str, list[str]] = {}
    for where, node in _walk(SCHEMAS):
        values = node.get("enum")
        if not isinstance(values, list) or node.get("type") not in {"integer", "string"}:
            continue
        names = node.get("x-enum-varnames")
        if node["type"] == "integer":
            assert names, f"{where}: an integer enum needs x-enum-varnames"
        for name in names or [str(value).upper() for value in values]:
            owners.setdefault(name, []).append(where)
    clashes = {name: places for name, places in owners.items() if len(places) > 1}
    assert clashes == {}, "give these enums x-enum-varnames"


VECTORS = SPEC["x-signing"]["vectors"]


@pytest.mark.parametrize("vector", VECTORS, ids=[v["title"] for v in VECTORS])
def test_the_spec_signing_vectors_reproduce(vector: dict[str, Any]) -> None:
    fields = {name: text for name, text in vector["fields"].items() if text is not None}
    assert string_to_sign(fields) == vector["string_to_sign"]
    assert compute_sign(vector["app_secret"], fields) == vector["sign"]
    if "json_body" in vector:
        texts = {k: None if v is None else str(v) for k, v in vector["json_body"].items()}
        assert texts == vector["fields"]
