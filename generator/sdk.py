"""Write the SDK's method layer (wrapper/bge_private/_generated.py) from the spec's x-sdk data.

Every operation becomes a method of PrivateAPI and AsyncPrivateAPI (or of their `account` /
`report` sub-clients) under the reference SDK's name, with its positional parameters, and every
other field of its form as a keyword-only parameter typed from the schema. A method that reaches
several operations (`x-sdk.select`) picks one by a parameter that is not sent. Each paginated
operation (`x-pagination`) also gets a lazy `iter_<method>`. The per-operation facts the core
needs at run time (pagination, idempotency, files, media types) go into `OPERATIONS`.
"""

from __future__ import annotations

import keyword
import pprint
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
JSON = "application/json"
MEDIA_NAMES = {FORM: "form", MULTIPART: "multipart", JSON: "json"}

# The Python type each return shape gives (spec/README.md, `returns`).
RETURN_TYPES = {
    "model": "Model",
    "echo": "Model",
    "model_list": "list[Model]",
    "model_or_list": "Model | list[Model]",
    "result_list": "Model",
    "none": "None",
    "none_if_empty": "Model | list[Model] | None",
    "raw": "Any",
    "sample_page": "Model",
    "plain_page": "dict[str, Any]",
    "pair": "tuple[Any, Any]",
    "text_or_raw": "Any",
}
# What each iterator yields, by the shape of the operation's items.
# The generated class of each client, named as the public class that inherits it, so that
# Python's own messages (a TypeError for a missing argument) name PrivateAPI.register_sample.
CLIENTS = {None: "PrivateAPI", "account": "Account", "report": "Report"}


class SdkSpecError(ValueError):
    """The spec's x-sdk data cannot be turned into methods."""


@dataclass
class Param:
    name: str  # the Python name
    wire: str | None  # the field sent (None: not sent, it only selects an operation)
    annotation: str
    required: bool
    default: str | None  # Python source of the default, or None for "no default"
    doc: str
    path: bool = False


@dataclass
class Target:
    operation_id: str
    returns: str
    select: dict[str, Any]
    params: list[Param]
    paginated: dict[str, Any] | None
    # Wire field → the value sent when the caller gives none (x-sdk `when_absent`).
    when_absent: dict[str, Any] = field(default_factory=dict)


@dataclass
class Method:
    name: str
    client: str | None
    summary: str
    positional: list[str]
    targets: list[Target] = field(default_factory=list)


def _ref(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        node = spec["components"]["schemas"][name]
    return node


def _properties(spec: dict[str, Any], schema: Any) -> tuple[dict[str, Any], set[str], bool]:
    """Properties, required names and whether other fields are allowed, through $ref/allOf."""
    schema = _ref(spec, schema)
    props: dict[str, Any] = dict(schema.get("properties", {}))
    required = set(schema.get("required", []))
    extra = schema.get("additionalProperties") is True
    for part in schema.get("allOf", []):
        more, more_required, more_extra = _properties(spec, part)
        props.update(more)
        required |= more_required
        extra = extra or more_extra
    return props, required, extra


def py_type(spec: dict[str, Any], schema: Any) -> str:
    """The Python annotation for a value of `schema` as a caller passes it."""
    schema = _ref(spec, schema)
    if not isinstance(schema, dict):
        return "Any"
    if schema.get("format") == "binary":
        return "FileInput"
    enum = schema.get("enum")
    if enum and all(isinstance(value, str) for value in enum):
        return "Literal[" + ", ".join(repr(value) for value in enum) + "]"
    kind = schema.get("type")
    kinds = [kind] if isinstance(kind, str) else list(kind or [])
    kinds = [k for k in kinds if k != "null"]
    if len(kinds) != 1:
        return "Any"
    simple = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
    if kinds[0] in simple:
        return simple[kinds[0]]
    if kinds[0] == "array":
        return f"Sequence[{py_type(spec, schema.get('items', {}))}]"
    if kinds[0] == "object":
        return "Mapping[str, Any]"
    return "Any"


def _first_sentence(text: str) -> str:
    text = " ".join((text or "").split())
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


def _python_name(wire: str) -> str:
    return f"{wire}_" if keyword.iskeyword(wire) else wire


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for http_method in HTTP_METHODS:
            if http_method in item:
                yield path, item[http_method]


def _body(operation: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
    """The operation's media types (names) and the schema of each."""
    content = (operation.get("requestBody") or {}).get("content") or {}
    unknown = sorted(set(content) - set(MEDIA_NAMES))
    if unknown:
        raise SdkSpecError(f"{operation['operationId']}: unsupported media types {unknown}")
    schemas = {MEDIA_NAMES[media]: body["schema"] for media, body in content.items()}
    return list(schemas), schemas


def _declarations(operation: dict[str, Any]) -> list[dict[str, Any]]:
    sdk = operation.get("x-sdk", {})
    return sdk if isinstance(sdk, list) else [sdk]


def operation_info(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """What the core reads per operation at run time."""
    info: dict[str, dict[str, Any]] = {}
    for _path, operation in _operations(spec):
        media, schemas = _body(operation)
        files: set[str] = set()
        for schema in schemas.values():
            props, _, _ = _properties(spec, schema)
            files |= {name for name, p in props.items() if _ref(spec, p).get("format") == "binary"}
        info[operation["operationId"]] = {
            "media": tuple(media),
            "files": tuple(sorted(files)),
            "path": tuple(
                p["name"] for p in operation.get("parameters", []) if p.get("in") == "path"
            ),
            "pagination": operation.get("x-pagination"),
            "idempotent": operation.get("x-idempotent", False),
        }
    return info


def methods(spec: dict[str, Any]) -> list[Method]:
    """Every method of every client, in the spec's order."""
    found: dict[tuple[str | None, str], Method] = {}
    for _path, operation in _operations(spec):
        operation_id = operation["operationId"]
        _media, schemas = _body(operation)
        path_params = [p for p in operation.get("parameters", []) if p.get("in") == "path"]
        for declaration in _declarations(operation):
            name = declaration.get("method", operation_id)
            media = declaration.get("media")
            if media is not None and media not in schemas:
                raise SdkSpecError(f"{operation_id}: x-sdk media {media!r} is not a media type")
            props: dict[str, Any] = {}
            required: set[str] | None = None
            extra = False
            for kind, schema in schemas.items():
                if media is not None and kind != media:
                    continue
                more, more_required, more_extra = _properties(spec, schema)
                props.update(more)
                # Where several media types carry the form, a field is required in all of them.
                required = more_required if required is None else required & more_required
                extra = extra or more_extra
            required = required or set()
            client = declaration.get("client")
            if client not in CLIENTS:
                raise SdkSpecError(f"{operation_id}: unknown x-sdk client {client!r}")
            rename: dict[str, str] = declaration.get("rename", {})
            wire_to_python = {wire: python for python, wire in rename.items()}
            defaults: dict[str, Any] = declaration.get("defaults", {})
            select: dict[str, Any] = declaration.get("select", {})
            returns = declaration.get("returns", "model")
            if returns not in RETURN_TYPES:
                raise SdkSpecError(f"{operation_id}: unknown x-sdk returns {returns!r}")
            params: list[Param] = []
            for p in path_params:
                params.append(
                    Param(
                        name=_python_name(p["name"]),
                        wire=p["name"],
                        annotation=py_type(spec, p.get("schema", {})),
                        required=True,
                        default=None,
                        doc=_first_sentence(p.get("description", "")),
                        path=True,
                    )
                )
            for wire, schema in props.items():
                python = _python_name(wire_to_python.get(wire, wire))
                params.append(
                    Param(
                        name=python,
                        wire=wire,
                        annotation=py_type(spec, schema),
                        required=wire in required,
                        default=repr(defaults[python]) if python in defaults else None,
                        doc=_first_sentence(
                            _ref(spec, schema).get("description", "")
                            or schema.get("description", "")
                        ),
                    )
                )
            for python, value in select.items():
                params.append(
                    Param(
                        name=python,
                        wire=None,
                        annotation=type(value).__name__,
                        required=False,
                        default=repr(defaults.get(python, value)),
                        doc="Which operation to call (not sent).",
                    )
                )
            when_absent: dict[str, Any] = declaration.get("when_absent", {})
            unknown = sorted(set(when_absent) - set(props))
            if unknown:
                raise SdkSpecError(f"{operation_id}: x-sdk when_absent names no field {unknown}")
            target = Target(
                operation_id=operation_id,
                returns=returns,
                select=select,
                params=params,
                paginated=operation.get("x-pagination"),
                when_absent=when_absent,
            )
            if extra:
                target.params.append(
                    Param("**fields", None, "Any", False, None, "Other fields, sent as given.")
                )
            key = (client, name)
            method = found.get(key)
            if method is None:
                method = found[key] = Method(
                    name=name,
                    client=client,
                    summary=operation.get("summary", ""),
                    positional=list(declaration.get("args", [])),
                )
            elif method.positional != list(declaration.get("args", [])):
                raise SdkSpecError(f"{name}: its operations declare different x-sdk args")
            method.targets.append(target)
    return list(found.values())


def _merged_params(method: Method) -> list[Param]:
    """The method's parameters: positional ones in x-sdk order, then the rest keyword-only."""
    by_name: dict[str, Param] = {}
    for target in method.targets:
        for param in target.params:
            known = by_name.get(param.name)
            if known is None:
                by_name[param.name] = Param(**param.__dict__)
            else:
                # Required only if every operation of the method requires it.
                known.required = known.required and param.required
    for target in method.targets:
        names = {p.name for p in target.params}
        for name, param in by_name.items():
            if name not in names:
                param.required = False
    missing = [name for name in method.positional if name not in by_name]
    if missing:
        raise SdkSpecError(f"{method.name}: x-sdk args {missing} are not fields of its form")
    ordered = [by_name[name] for name in method.positional]
    ordered += [p for name, p in by_name.items() if name not in method.positional]
    return ordered


def _split_positional(method: Method, params: list[Param]) -> list[Param]:
    """Mark where keyword-only parameters begin (after the x-sdk positional ones)."""
    positional = [p for p in params if p.name in method.positional]
    rest = [p for p in params if p.name not in method.positional]
    star = Param("*", None, "", False, None, "")
    return positional + ([star] if rest and rest[0].name != "**fields" else []) + rest


def _render_signature(params: list[Param]) -> str:
    parts = ["self"]
    if not any(p.name == "**fields" for p in params):
        # Typed Never, so that a type checker refuses any other keyword; at run time the core
        # names the unknown field and the closest known one.
        params = [*params, Param("**unexpected", None, "Never", False, None, "")]
    for param in params:
        if param.name == "*":
            parts.append("*")
        elif param.name == "**fields":
            parts.append("**fields: Any")
        elif param.name == "**unexpected":
            parts.append("**unexpected: Never")
        elif param.required and param.default is None:
            parts.append(f"{param.name}: {param.annotation}")
        elif param.default is not None:
            parts.append(f"{param.name}: {param.annotation} = {param.default}")
        else:
            parts.append(f"{param.name}: {param.annotation} | None = None")
    return ", ".join(parts)


def _fix_order(params: list[Param]) -> list[Param]:
    """A required positional parameter after one with a default becomes keyword-only-safe:
    Python forbids it, so such parameters get a default of None and are checked by the spec."""
    seen_default = False
    for param in params:
        if param.name in ("*", "**fields"):
            if param.name == "*":
                break
            continue
        if param.default is not None or not param.required:
            seen_default = True
        elif seen_default:
            param.required = False
    return params


def _docstring(method: Method, params: list[Param], returns: str, indent: str) -> str:
    lines = [method.summary.strip() or method.name]
    documented = [p for p in params if p.name not in ("*", "**fields") and p.doc]
    if documented:
        lines += ["", "Args:"]
        for p in documented:
            lines += textwrap.wrap(
                f"{p.name}: {p.doc}",
                width=92,
                initial_indent="    ",
                subsequent_indent="        ",
            )
    lines += ["", f"Returns: {returns}."]
    body = "\n".join((indent + line) if line else "" for line in lines)
    return f'{indent}"""{body.lstrip()}\n{indent}"""'


def _value(param: Param, target: Target) -> str:
    if param.wire in target.when_absent:
        fallback = target.when_absent[param.wire]
        return f"{param.name} if {param.name} is not None else {fallback!r}"
    return param.name


def _fields_literal(target: Target, params: list[Param]) -> str:
    names = {p.name for p in target.params}
    pairs = [
        f'"{p.wire}": {_value(p, target)}'
        for p in params
        if p.name in names and p.wire is not None and not p.path
    ]
    if any(p.name == "**fields" for p in target.params):
        pairs.insert(0, "**fields")
    return "{" + ", ".join(pairs) + "}"


def _path_literal(target: Target) -> str:
    paths = [p for p in target.params if p.path]
    if not paths:
        return "None"
    return "{" + ", ".join(f'"{p.wire}": {p.name}' for p in paths) + "}"


def _render_method(method: Method, asynchronous: bool) -> list[str]:
    params = _fix_order(_split_positional(method, _merged_params(method)))
    returns = " | ".join(dict.fromkeys(RETURN_TYPES[t.returns] for t in method.targets))
    if len({t.returns for t in method.targets}) > 1:
        returns = "Any"
    prefix = "async def" if asynchronous else "def"
    call = "await self._ainvoke" if asynchronous else "self._invoke"
    out = [f"    {prefix} {method.name}({_render_signature(params)}) -> {returns}:"]
    out.append(_docstring(method, params, returns, "        "))
    body: list[str] = []
    if not any(p.name == "**fields" for p in params):
        first = method.targets[0]
        body.append("        if unexpected:")
        body.append(
            f'            raise self._unexpected("{method.name}", unexpected, '
            f'"{first.operation_id}", {_fields_literal(first, params)})'
        )
    for target in method.targets:
        invoke = (
            f'{call}("{target.operation_id}", {_fields_literal(target, params)}, '
            f'"{target.returns}", {_path_literal(target)})'
        )
        if not target.select:
            body.append(f"        result: {returns} = {invoke}")
            body.append("        return result")
            break
        condition = " and ".join(
            f"{name} {'is' if isinstance(value, bool) else '=='} {value!r}"
            for name, value in target.select.items()
        )
        body.append(f"        if {condition}:")
        body.append(f"            {target.operation_id}: {returns} = {invoke}")
        body.append(f"            return {target.operation_id}")
    if method.targets[0].select:
        choices = ", ".join(
            " and ".join(f"{k}={v!r}" for k, v in t.select.items()) for t in method.targets
        )
        body.append(f'        raise self._bad_choice("{method.name}", "{choices}")')
    out += body
    return out


def _render_iterator(method: Method, asynchronous: bool) -> list[str]:
    target = method.targets[0]
    pagination = target.paginated or {}
    cursor_fields = {pagination.get("page"), pagination.get("cursor")} - {None}
    params = _fix_order(_split_positional(method, _merged_params(method)))
    params = [p for p in params if p.wire not in cursor_fields or p.wire is None]
    if params and params[-1].name == "*":
        params.pop()
    prefix = "def"
    kind = "AsyncIterator[Any]" if asynchronous else "Iterator[Any]"
    helper = "self._aiterate" if asynchronous else "self._iterate"
    out = [f"    {prefix} iter_{method.name}({_render_signature(params)}) -> {kind}:"]
    summary = Method(
        name=method.name,
        client=method.client,
        summary=f"Every item of every page of `{method.name}`, fetched lazily.",
        positional=method.positional,
    )
    yields = "an iterator of the items (Model for objects)"
    out.append(_docstring(summary, params, yields, "        "))
    if not any(p.name == "**fields" for p in params):
        out.append("        if unexpected:")
        out.append(
            f'            raise self._unexpected("iter_{method.name}", unexpected, '
            f'"{target.operation_id}", {_fields_literal(target, params)})'
        )
    out.append(
        f'        return {helper}("{target.operation_id}", {_fields_literal(target, params)}, '
        f"{_path_literal(target)})"
    )
    return out


HEADER = '''"""The platform's operations as methods, generated by generator/sdk.py from the spec.

Do not edit: change the spec (x-sdk, x-pagination, x-idempotent) and run `make generate`.
"""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, Literal, Never

from ._base import AsyncCaller, FileInput, SyncCaller
from ._model import Model

__all__ = [
    "OPERATIONS",
    "RETRYABLE_CODES",
{exports}
]

OPERATIONS: dict[str, dict[str, Any]] = {operations}
"""Per operation: media types, file fields, path parameters, pagination and idempotency."""

RETRYABLE_CODES: frozenset[int] = frozenset([{retryable}])
"""The envelope codes that mean "nothing was done, try again" (RetryableErrorCode)."""
'''


def render(spec: dict[str, Any]) -> str:
    """The source of wrapper/bge_private/_generated.py."""
    all_methods = methods(spec)
    classes: list[str] = []
    exports: list[str] = []
    for client, label in CLIENTS.items():
        mine = [m for m in all_methods if m.client == client]
        for asynchronous in (False, True):
            name = f"{'Async' if asynchronous else ''}{label}"
            base = "AsyncCaller" if asynchronous else "SyncCaller"
            what = f"the `{client}` sub-client" if client else "the client"
            lines = [f"class {name}({base}):", f'    """The operations of {what}."""', ""]
            for method in mine:
                lines += _render_method(method, asynchronous)
                lines.append("")
                if method.targets[0].paginated and not method.targets[0].select:
                    lines += _render_iterator(method, asynchronous)
                    lines.append("")
            classes.append("\n".join(lines).rstrip() + "\n")
            exports.append(f'    "{name}",')
    operations = pprint.pformat(operation_info(spec), width=100, sort_dicts=False)
    retryable = ", ".join(
        str(c) for c in spec["components"]["schemas"]["RetryableErrorCode"]["enum"]
    )
    head = (
        HEADER.replace("{exports}", "\n".join(exports))
        .replace("{operations}", operations)
        .replace("{retryable}", retryable)
    )
    return head + "\n\n" + "\n\n".join(classes)
