"""The platform's operations as the generated client defines them, and argument validation."""

from __future__ import annotations

import dataclasses
import difflib
import functools
import importlib
import importlib.resources
import inspect
import io
import json
import os
import pkgutil
import typing
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

import bge_private_client.api

if TYPE_CHECKING:
    from bge_private_client.types import File

from ._errors import RequestValidationError
from ._lookup import Idempotency, Lookup, idempotency_from_spec

# Longest text of a value quoted back in an error message.
_VALUE_EXCERPT = 60
# How alike a mistyped field name and a declared one must be for "did you mean" (difflib's
# ratio: 0.96 for biosample_ids/biosample_id, 0.89 for dept/depth, 0.43 for colour/coverage).
_CLOSE_NAME = 0.75


@dataclass(frozen=True)
class Operation:
    """One operation: its generated send functions, body models and request schema.

    `forms` holds one generated body model per media type of the spec, in the spec's order
    (`media`); `files` names the fields that are file parts.
    """

    name: str
    module: ModuleType
    forms: tuple[type[Any], ...]
    media: tuple[str, ...]
    files: tuple[str, ...]

    @property
    def form(self) -> type[Any]:
        return self.forms[0]

    @property
    def idempotent(self) -> Idempotency:
        """What a repeat does: True (harmless), False (may duplicate), or how to look it up."""
        return idempotency(self.name)

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
        if not self.files or not any(name in present for name in self.files):
            media, form, validator = self._without_files
            try:
                valid = bool(validator.is_valid(present))
            except (ValueError, TypeError):  # as in _is_valid
                valid = False
            if not valid:
                raise self._invalid(present, media)
            return form.from_dict(present)
        files = {name: present.pop(name) for name in self.files if name in present}
        media = self._media_for(files)
        # A file part is checked for presence only; its content is the caller's.
        checked = {**present, **dict.fromkeys(files, "<file>")} if files else present
        if not _is_valid(self.name, checked, media):
            raise self._invalid(checked, media)
        form = self.forms[self.media.index(media)]
        # The generated parser wants the file parts too; they are set as File objects after.
        body = form.from_dict({**present, **dict.fromkeys(files, b"")})
        for name, value in files.items():
            setattr(body, name, as_file(name, value))
        return body

    def _invalid(self, checked: Mapping[str, Any], media: str) -> RequestValidationError:
        problems = _check(self.name, checked, media) or ["the arguments do not match the spec"]
        return RequestValidationError(problems, operation=self.name)

    @functools.cached_property
    def _without_files(self) -> tuple[str, type[Any], Any]:
        """The media type, form model and quick validator of a call without file parts."""
        media = self._media_for({})
        return media, self.forms[self.media.index(media)], _fast_validator(self.name, media)

    def problems(self, fields: Mapping[str, Any]) -> list[str]:
        """What is wrong with `fields` (wire names), as build_form words it; [] when nothing."""
        present = {name: value for name, value in fields.items() if value is not None}
        files = [name for name in self.files if name in present]
        media = self._media_for(dict.fromkeys(files))
        checked = {**present, **dict.fromkeys(files, "<file>")}
        return [] if _is_valid(self.name, checked, media) else _check(self.name, checked, media)

    def _media_for(self, files: Mapping[str, Any]) -> str:
        """The media type a call sends: multipart when it has files, else the first other one."""
        if files and "multipart" in self.media:
            return "multipart"
        others = [media for media in self.media if media != "multipart"]
        return others[0] if others else self.media[0]


def as_file(name: str, value: Any) -> File:
    """A file part from what the caller gave: a path (read now, and closed), bytes, or a file.

    The content is read into memory so that a retry sends it again from the start.
    """
    from bge_private_client.types import File

    if isinstance(value, File):
        return value
    if isinstance(value, bytes | bytearray):
        return File(payload=io.BytesIO(bytes(value)), file_name=name)
    if isinstance(value, str | os.PathLike):
        path = os.fspath(value)
        with open(path, "rb") as handle:
            return File(payload=io.BytesIO(handle.read()), file_name=os.path.basename(path))
    read = getattr(value, "read", None)
    if callable(read):
        content = read()
        if not isinstance(content, bytes):
            raise RequestValidationError(
                [f"{name}: the file must be opened in binary mode"], operation=None
            )
        label = os.path.basename(str(getattr(value, "name", name)))
        return File(payload=io.BytesIO(content), file_name=label)
    raise RequestValidationError(
        [f"{name}: give a path, bytes or a binary file, not {type(value).__name__}"]
    )


@functools.cache
def idempotency(name: str) -> Idempotency:
    """The operation's x-idempotent declaration (openapi.yaml, via the generated layer).

    A lookup that names no `items` reads them where its read operation pages them.
    """
    from ._generated import OPERATIONS

    rule = idempotency_from_spec(OPERATIONS[name]["idempotent"])
    if isinstance(rule, Lookup) and rule.items is None:
        paging = OPERATIONS[rule.operation]["pagination"] or {}
        if paging.get("style") in ("data", "cursor"):
            rule = dataclasses.replace(rule, items=paging["items"])
    return rule


@functools.cache
def _schemas() -> dict[str, Any]:
    text = importlib.resources.files("bge_private_client").joinpath("request_schemas.json")
    return json.loads(text.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _schema(name: str, media: str | None = None) -> dict[str, Any]:
    """The operation's body schema for `media` (default: its first media type)."""
    document = _schemas()
    bodies: dict[str, Any] = document["operations"][name]
    return {"$defs": document["$defs"], **bodies[media or next(iter(bodies))]}


@functools.cache
def _fast_validator(name: str, media: str | None = None) -> Any:
    # jsonschema_rs answers "valid?" in about a microsecond (pure-Python jsonschema: ~150 us a
    # call); it is imported on first use to keep `import bge_private` quick.
    import jsonschema_rs

    return jsonschema_rs.validator_for(_schema(name, media))


def _is_valid(name: str, fields: Mapping[str, Any], media: str | None = None) -> bool:
    try:
        return bool(_fast_validator(name, media).is_valid(fields))
    except (ValueError, TypeError):
        # A value with no JSON equivalent (a Decimal, a datetime): let the full check word it.
        return False


@functools.cache
def _validator(name: str, media: str | None = None) -> Any:
    # Only for explaining what is wrong: its errors carry the schema that each one broke.
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_schema(name, media))


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


def _check(name: str, fields: Mapping[str, Any], media: str | None = None) -> list[str]:
    errors = sorted(
        _validator(name, media).iter_errors(fields), key=lambda e: list(e.absolute_path)
    )
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
    # Module names are the operationIds in snake case (get_sample_V2 → get_sample_v2).
    module_name = _index().get(name.lower())
    if module_name is None:
        raise LookupError(f"openapi.yaml defines no operation {name!r}")
    module = importlib.import_module(module_name)
    annotation = inspect.signature(module.sync_detailed).parameters["body"].annotation
    from bge_private_client.types import Unset

    forms = tuple(t for t in typing.get_args(annotation) if t is not Unset) or (annotation,)
    from ._generated import OPERATIONS

    info = OPERATIONS[name]
    return Operation(
        name=name, module=module, forms=forms, media=info["media"], files=info["files"]
    )
