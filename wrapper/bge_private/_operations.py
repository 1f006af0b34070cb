"""The platform's operations as the generated client defines them, and argument validation."""

from __future__ import annotations

import difflib
import functools
import importlib
import importlib.resources
import inspect
import json
import pkgutil
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import bge_private_client.api

from ._errors import RequestValidationError
from ._lookup import Idempotency, Lookup

# Longest text of a value quoted back in an error message.
_VALUE_EXCERPT = 60
# How alike a mistyped field name and a declared one must be for "did you mean" (difflib's
# ratio: 0.96 for biosample_ids/biosample_id, 0.89 for dept/depth, 0.43 for colour/coverage).
_CLOSE_NAME = 0.75

# What a repeat of each operation does (openapi.yaml: x-idempotent; spec/README.md). An
# operation not listed is idempotent. This table is the wrapper's only knowledge of it.
IDEMPOTENCY: dict[str, Idempotency] = {
    "register_sample": Lookup(
        operation="get_samples",
        when=("external_sample_id",),
        request={"external_sample_id": "external_sample_id"},
        match={
            "external_sample_id.sample_id": "external_sample_id",
            "project[].project_id": "project_id",
        },
        result={"biosample_id": "biosample_id"},
    ),
}


@dataclass(frozen=True)
class Operation:
    """One operation: its generated send functions, form model and request schema."""

    name: str
    module: ModuleType
    form: type[Any]

    @property
    def idempotent(self) -> Idempotency:
        """What a repeat does: True (harmless), False (may duplicate), or how to look it up."""
        return IDEMPOTENCY.get(self.name, True)

    @property
    def sync_detailed(self) -> Callable[..., Any]:
        return self.module.sync_detailed  # type: ignore[no-any-return]

    @property
    def asyncio_detailed(self) -> Callable[..., Awaitable[Any]]:
        return self.module.asyncio_detailed  # type: ignore[no-any-return]

    def build_form(self, fields: Mapping[str, Any]) -> Any:
        """The generated form model for `fields` (wire names), after checking them against the spec.

        Fields whose value is None are left out, as the platform neither sends nor signs them.
        """
        present = {name: value for name, value in fields.items() if value is not None}
        if not _is_valid(self.name, present):
            problems = _check(self.name, present) or ["the arguments do not match the spec"]
            raise RequestValidationError(problems, operation=self.name)
        return self.form.from_dict(present)


@functools.cache
def _schemas() -> dict[str, Any]:
    text = importlib.resources.files("bge_private_client").joinpath("request_schemas.json")
    return json.loads(text.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _schema(name: str) -> dict[str, Any]:
    document = _schemas()
    return {"$defs": document["$defs"], **document["operations"][name]}


@functools.cache
def _fast_validator(name: str) -> Any:
    # jsonschema_rs answers "valid?" in about a microsecond (pure-Python jsonschema: ~150 us a
    # call); it is imported on first use to keep `import bge_private` quick.
    import jsonschema_rs

    return jsonschema_rs.validator_for(_schema(name))


def _is_valid(name: str, fields: Mapping[str, Any]) -> bool:
    try:
        return bool(_fast_validator(name).is_valid(fields))
    except (ValueError, TypeError):
        # A value with no JSON equivalent (a Decimal, a datetime): let the full check word it.
        return False


@functools.cache
def _validator(name: str) -> Any:
    # Only for explaining what is wrong: its errors carry the schema that each one broke.
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_schema(name))


def _excerpt(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= _VALUE_EXCERPT else text[: _VALUE_EXCERPT - 3] + "..."


def _declared(schema: Mapping[str, Any]) -> set[str]:
    """The property names a schema declares, through $ref and allOf."""
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return _declared(_schemas()["$defs"][ref.rsplit("/", 1)[1]])
    names = set(schema.get("properties", {}))
    for branch in schema.get("allOf", []):
        names |= _declared(branch)
    return names


def _describe(error: Any) -> str | None:
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    where = where.lstrip(".") or "arguments"
    keyword = error.validator
    if keyword in ("oneOf", "anyOf"):
        reason = error.schema.get("description") or "does not match any allowed form"
    elif keyword in ("additionalProperties", "unevaluatedProperties"):
        # A field that failed its own check counts as "unevaluated" in JSON Schema; only the
        # fields the schema does not declare at all are unexpected.
        declared = _declared(error.schema)
        unexpected = sorted(set(error.instance) - declared)
        if not unexpected:
            return None
        reason = "unexpected field(s) " + ", ".join(
            _maybe_meant(name, declared) for name in unexpected
        )
    elif keyword == "required":
        reason = error.message.replace(" is a required property", " is required")
    elif keyword == "pattern":
        reason = f"{_excerpt(error.instance)} does not match {error.validator_value}"
    elif (
        keyword == "type"
        and isinstance(error.instance, list | tuple)
        and _is_text_list(error.schema)
    ):
        example = next(iter(error.schema.get("examples", [])), "a,b")
        reason = (
            f"got a {type(error.instance).__name__}, but this field takes comma-separated text "
            f"(like {example!r}): join the values with ','"
        )
    elif keyword == "type":
        reason = f"{_excerpt(error.instance)} is not of type {error.validator_value}"
    elif keyword == "enum":
        reason = f"{_excerpt(error.instance)} is not one of {error.validator_value}"
    else:
        reason = error.message if len(error.message) < 200 else error.message[:197] + "..."
    return f"{where}: {reason}"


def _maybe_meant(name: str, declared: set[str]) -> str:
    close = difflib.get_close_matches(name, sorted(declared), n=1, cutoff=_CLOSE_NAME)
    return f"{name} (did you mean {close[0]}?)" if close else name


def _is_text_list(schema: Mapping[str, Any]) -> bool:
    """Whether a string schema is a comma-separated list (by its pattern or description)."""
    description = str(schema.get("description", "")).lower()
    return "(," in str(schema.get("pattern", "")) or "separated by commas" in description


def problem_alone(name: str, field: str, value: Any) -> str | None:
    """What is wrong with `value` as the only field `field` of operation `name`, or None."""
    fields = {field: value}
    if _is_valid(name, fields):
        return None
    for problem in _check(name, fields):
        if problem.startswith(f"{field}:"):
            return problem[len(field) + 1 :].strip()
    return None


def _check(name: str, fields: Mapping[str, Any]) -> list[str]:
    errors = sorted(_validator(name).iter_errors(fields), key=lambda e: list(e.absolute_path))
    return [text for text in map(_describe, errors) if text is not None]


@functools.cache
def _index() -> dict[str, str]:
    """Operation id → module name, from the generated package's layout (api/<tag>/<operation>)."""
    index: dict[str, str] = {}
    root = bge_private_client.api
    for tag in pkgutil.iter_modules(root.__path__, root.__name__ + "."):
        package = importlib.import_module(tag.name)
        for module in pkgutil.iter_modules(package.__path__, tag.name + "."):
            index[module.name.rsplit(".", 1)[1]] = module.name
    return index


@functools.cache
def operation(name: str) -> Operation:
    """The operation whose operationId in openapi.yaml is `name`."""
    module_name = _index().get(name)
    if module_name is None:
        raise LookupError(f"openapi.yaml defines no operation {name!r}")
    module = importlib.import_module(module_name)
    form = inspect.signature(module.sync_detailed).parameters["body"].annotation
    return Operation(name=name, module=module, form=form)
