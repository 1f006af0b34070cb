"""The operation table, read from the packaged openapi.yaml and the models generated from it."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, Field, TypeAdapter

from . import models

FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"
MULTIPART_MEDIA_TYPE = "multipart/form-data"
JSON_MEDIA_TYPE = "application/json"
REQUEST_MEDIA_TYPES = (FORM_MEDIA_TYPE, MULTIPART_MEDIA_TYPE, JSON_MEDIA_TYPE)
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SCHEMA_REF_PREFIX = "#/components/schemas/"
_PARAMETER_REF_PREFIX = "#/components/parameters/"
_PATH_TEMPLATE = re.compile(r"\{([^{}/]+)\}")
# Path parameter schema keywords that only document; everything else must be understood here.
_DOC_KEYWORDS = frozenset({"description", "examples", "example", "title", "default", "$comment"})


class SpecError(RuntimeError):
    """openapi.yaml describes something the sandbox cannot serve (a bug in the spec or here)."""


@dataclass(frozen=True)
class Body:
    """One media type an operation's request body may come in, and the model that checks it."""

    media_type: str
    form_model: type[BaseModel]
    json_fields: frozenset[str] = frozenset()
    """Form or multipart fields whose text is JSON (the media type's `encoding`)."""
    file_fields: frozenset[str] = frozenset()
    """Multipart parts that are files (`format: binary`): not signed, handed over as bytes."""


@dataclass(frozen=True)
class PathParameter:
    """A parameter in the operation's path: not signed, checked by its schema, given to the
    handler as a keyword argument."""

    name: str
    adapter: TypeAdapter[Any] = field(compare=False)


@dataclass(frozen=True)
class Operation:
    """One operation: where it is served and which generated models describe it."""

    operation_id: str
    method: str
    path: str
    bodies: Mapping[str, Body] = field(hash=False)
    """By media type, in the spec's order."""
    response_model: type[BaseModel]
    path_parameters: tuple[PathParameter, ...] = ()
    pagination: Mapping[str, Any] | None = field(default=None, hash=False)
    """The spec's `x-pagination`, as written."""
    external_effect: bool = False
    """`x-external-effect` (true, or a text saying what): the real effect is outside the
    platform, so each accepted request is recorded (store.effects())."""

    @property
    def media_types(self) -> tuple[str, ...]:
        return tuple(self.bodies)

    @property
    def form_model(self) -> type[BaseModel]:
        """The model of the first media type the spec lists."""
        return next(iter(self.bodies.values())).form_model

    @property
    def json_fields(self) -> frozenset[str]:
        """The JSON-text fields of the first media type the spec lists."""
        return next(iter(self.bodies.values())).json_fields

    @property
    def file_fields(self) -> frozenset[str]:
        """Every file part of any of the operation's media types."""
        return frozenset().union(*(body.file_fields for body in self.bodies.values()))

    @property
    def templated(self) -> bool:
        """Whether the path has parameters (it is then routed after every literal path)."""
        return bool(self.path_parameters)


@cache
def spec_bytes() -> bytes:
    """The packaged openapi.yaml, byte for byte (it is served as is at GET /openapi.yaml)."""
    return resources.files(__package__).joinpath("openapi.yaml").read_bytes()


@cache
def load_spec() -> dict[str, Any]:
    """The packaged spec, parsed: from openapi.json, the same document as openapi.yaml written
    by `make generate` (JSON parses in milliseconds, the YAML in a good part of a second, and
    start-up must stay under 1 s; `make check-generated` proves the two are the same)."""
    document = json.loads(resources.files(__package__).joinpath("openapi.json").read_bytes())
    if not isinstance(document, dict):
        raise SpecError("openapi.json is not a mapping")
    return document


def _ref_name(ref_holder: Any, where: str) -> str:
    ref = ref_holder.get("$ref") if isinstance(ref_holder, dict) else None
    if not isinstance(ref, str) or not ref.startswith(_SCHEMA_REF_PREFIX):
        raise SpecError(f"{where}: the schema must be a $ref to a component schema")
    return ref.removeprefix(_SCHEMA_REF_PREFIX)


def _model_named_by(ref_holder: Any, where: str, namespace: Mapping[str, Any]) -> type[BaseModel]:
    """The generated model class that `ref_holder` (a schema object with a `$ref`) names."""
    name = _ref_name(ref_holder, where)
    model = namespace.get(name)
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


def _resolve(node: Any, components: Mapping[str, Any], where: str) -> dict[str, Any]:
    """A schema with its `$ref` (to a component schema) followed, possibly several times."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        name = _ref_name(node, where)
        if name in seen or name not in components:
            raise SpecError(f"{where}: $ref to {name!r} cannot be resolved")
        seen.add(name)
        node = components[name]
    if not isinstance(node, dict):
        raise SpecError(f"{where}: the schema must be an object")
    return node


def _file_fields(schema: Any, components: Mapping[str, Any], where: str) -> frozenset[str]:
    """The properties of a multipart schema that are files (`type: string, format: binary`).

    Looks through `allOf`/`oneOf`/`anyOf` branches, so a union form declares its files too.
    """
    found: set[str] = set()
    pending = [schema]
    while pending:
        node = _resolve(pending.pop(), components, where)
        for name, prop in (node.get("properties") or {}).items():
            if _resolve(prop, components, f"{where}.{name}").get("format") == "binary":
                found.add(name)
        for keyword in ("allOf", "oneOf", "anyOf"):
            pending.extend(node.get(keyword) or [])
    return frozenset(found)


_PATH_TYPES: dict[str, type] = {"string": str, "integer": int, "number": float, "boolean": bool}
_PATH_CONSTRAINTS = {
    "pattern": "pattern",
    "minLength": "min_length",
    "maxLength": "max_length",
    "minimum": "ge",
    "maximum": "le",
    "exclusiveMinimum": "gt",
    "exclusiveMaximum": "lt",
}


def _path_adapter(schema: dict[str, Any], where: str) -> TypeAdapter[Any]:
    """A validator for a path parameter's text, built from its (simple) schema."""
    kind = schema.get("type", "string")
    if not isinstance(kind, str) or kind not in _PATH_TYPES:
        raise SpecError(f"{where}: a path parameter must be a string, integer, number or boolean")
    constraints: dict[str, Any] = {}
    for keyword, value in schema.items():
        if keyword in _PATH_CONSTRAINTS:
            constraints[_PATH_CONSTRAINTS[keyword]] = value
        elif keyword == "format" and value not in {"uuid", "int32", "int64"}:
            raise SpecError(f"{where}: the sandbox cannot check path parameter format {value!r}")
        elif keyword not in {"type", "enum", "format"} and keyword not in _DOC_KEYWORDS:
            raise SpecError(f"{where}: the sandbox cannot check path parameter keyword {keyword!r}")
    validators: list[Any] = []
    allowed = schema.get("enum")
    if allowed is not None:
        choices = frozenset(allowed)

        def one_of(value: Any) -> Any:
            if value not in choices:
                raise ValueError(f"must be one of {', '.join(map(str, allowed))}")
            return value

        validators.append(AfterValidator(one_of))
    # uuid stays the text sent, as the client keeps it; int32/int64 are plain integers here.
    checked: Any = Annotated[_PATH_TYPES[kind], Field(**constraints), *validators]
    return TypeAdapter(checked)


def _path_parameters(
    path: str,
    operation: dict[str, Any],
    path_item: dict[str, Any],
    components: Mapping[str, Any],
    document_components: Mapping[str, Any] | None,
) -> tuple[PathParameter, ...]:
    where = f"{path} parameters"
    declared: dict[str, dict[str, Any]] = {}
    shared = (document_components.get("parameters") or {}) if document_components else {}
    for raw in [*(path_item.get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = _resolve_parameter(raw, shared, where)
        if parameter.get("in") != "path":
            raise SpecError(f"{where}: only path parameters are served (fields go in the body)")
        declared[str(parameter.get("name"))] = parameter
    in_path = _PATH_TEMPLATE.findall(path)
    if set(in_path) != set(declared) or len(in_path) != len(set(in_path)):
        raise SpecError(
            f"{where}: the path's {{names}} ({', '.join(in_path) or 'none'}) must be exactly its "
            f"path parameters ({', '.join(declared) or 'none'})"
        )
    result = []
    for name in in_path:
        schema = _resolve(declared[name].get("schema") or {}, components, f"{where}.{name}")
        if not name.isidentifier():
            raise SpecError(f"{where}: path parameter {name!r} must be a Python identifier")
        result.append(PathParameter(name, _path_adapter(schema, f"{where}.{name}")))
    return tuple(result)


def _resolve_parameter(raw: Any, shared: Mapping[str, Any], where: str) -> dict[str, Any]:
    """A parameter object, its `$ref` to `#/components/parameters/...` followed."""
    if isinstance(raw, dict) and "$ref" in raw:
        ref = str(raw["$ref"])
        name = ref.removeprefix(_PARAMETER_REF_PREFIX)
        if not ref.startswith(_PARAMETER_REF_PREFIX) or name not in shared:
            raise SpecError(f"{where}: parameter $ref {ref!r} cannot be resolved")
        raw = shared[name]
    if not isinstance(raw, dict):
        raise SpecError(f"{where}: a parameter must be an object")
    return raw


def _bodies(
    operation: dict[str, Any],
    where: str,
    components: Mapping[str, Any],
    namespace: Mapping[str, Any],
) -> dict[str, Body]:
    content = (operation.get("requestBody") or {}).get("content") or {}
    unknown = [media_type for media_type in content if media_type not in REQUEST_MEDIA_TYPES]
    if unknown or not content:
        raise SpecError(
            f"{where}: the request body must be one or more of {', '.join(REQUEST_MEDIA_TYPES)}"
            + (f", not {', '.join(unknown)}" if unknown else "")
        )
    bodies: dict[str, Body] = {}
    for media_type, media in content.items():
        at = f"{where} request body ({media_type})"
        schema = (media or {}).get("schema")
        # Only multipart has file parts: where one schema serves a form too, a `binary`
        # field of the form is plain (signed) text.
        files = (
            _file_fields(schema, components, at)
            if media_type == MULTIPART_MEDIA_TYPE
            else frozenset()
        )
        bodies[media_type] = Body(
            media_type=media_type,
            form_model=_model_named_by(schema, at, namespace),
            json_fields=_json_fields(media or {}) - files,
            file_fields=files,
        )
    return bodies


def operations(
    spec: dict[str, Any] | None = None, *, models_namespace: Mapping[str, Any] | None = None
) -> list[Operation]:
    """Every operation of the spec, in the spec's order.

    Component `$ref`s name classes of `models_namespace` (default: the generated models.py);
    tests pass a spec and models of their own.
    """
    document = load_spec() if spec is None else spec
    namespace = vars(models) if models_namespace is None else models_namespace
    components = (document.get("components") or {}).get("schemas") or {}
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
            answer = (operation.get("responses") or {}).get("200") or {}
            answer_media = (answer.get("content") or {}).get(JSON_MEDIA_TYPE) or {}
            pagination = operation.get("x-pagination")
            found.append(
                Operation(
                    operation_id=operation_id,
                    method=method.upper(),
                    path=path,
                    bodies=_bodies(operation, where, components, namespace),
                    response_model=_model_named_by(
                        answer_media.get("schema"), f"{where} 200", namespace
                    ),
                    path_parameters=_path_parameters(
                        path, operation, path_item, components, document.get("components")
                    ),
                    pagination=pagination if isinstance(pagination, dict) else None,
                    external_effect=operation.get("x-external-effect") not in (None, False),
                )
            )
    return found
