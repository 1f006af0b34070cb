"""The operation table, read from the packaged openapi.yaml and the models generated from it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel

from . import models

FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"
JSON_MEDIA_TYPE = "application/json"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SCHEMA_REF_PREFIX = "#/components/schemas/"


class SpecError(RuntimeError):
    """openapi.yaml describes something the sandbox cannot serve (a bug in the spec or here)."""


@dataclass(frozen=True)
class Operation:
    """One operation: where it is served and which generated models describe it."""

    operation_id: str
    method: str
    path: str
    form_model: type[BaseModel]
    response_model: type[BaseModel]
    json_fields: frozenset[str]


@cache
def spec_bytes() -> bytes:
    """The packaged openapi.yaml, byte for byte (it is served as is at GET /openapi.yaml)."""
    return resources.files(__package__).joinpath("openapi.yaml").read_bytes()


@cache
def load_spec() -> dict[str, Any]:
    """The packaged openapi.yaml, parsed."""
    document = yaml.safe_load(spec_bytes())
    if not isinstance(document, dict):
        raise SpecError("openapi.yaml is not a mapping")
    return document


def _model_named_by(ref_holder: Any, where: str) -> type[BaseModel]:
    """The generated model class that `ref_holder` (a schema object with a `$ref`) names."""
    ref = ref_holder.get("$ref") if isinstance(ref_holder, dict) else None
    if not isinstance(ref, str) or not ref.startswith(_SCHEMA_REF_PREFIX):
        raise SpecError(f"{where}: the schema must be a $ref to a component schema")
    name = ref.removeprefix(_SCHEMA_REF_PREFIX)
    model = getattr(models, name, None)
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        raise SpecError(f"{where}: models.py has no model {name!r}; run `make generate`")
    return model


def _json_fields(media: dict[str, Any]) -> frozenset[str]:
    encoding = media.get("encoding") or {}
    return frozenset(
        name
        for name, spec in encoding.items()
        if str(spec.get("contentType", "")).split(";")[0].strip() == JSON_MEDIA_TYPE
    )


def operations(spec: dict[str, Any] | None = None) -> list[Operation]:
    """Every operation of the spec, in the spec's order."""
    document = load_spec() if spec is None else spec
    found: list[Operation] = []
    for path, path_item in (document.get("paths") or {}).items():
        for method in _METHODS:
            operation = path_item.get(method)
            if operation is None:
                continue
            where = f"{method.upper()} {path}"
            operation_id = operation.get("operationId")
            if not isinstance(operation_id, str):
                raise SpecError(f"{where}: no operationId")
            content = (operation.get("requestBody") or {}).get("content") or {}
            media = content.get(FORM_MEDIA_TYPE)
            if media is None:
                raise SpecError(f"{where}: the request body must be {FORM_MEDIA_TYPE}")
            answer = (operation.get("responses") or {}).get("200") or {}
            answer_media = (answer.get("content") or {}).get(JSON_MEDIA_TYPE) or {}
            found.append(
                Operation(
                    operation_id=operation_id,
                    method=method.upper(),
                    path=path,
                    form_model=_model_named_by(media.get("schema"), f"{where} request body"),
                    response_model=_model_named_by(answer_media.get("schema"), f"{where} 200"),
                    json_fields=_json_fields(media),
                )
            )
    return found
