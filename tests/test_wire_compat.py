"""Wire compatibility: for every operation of the spec, PrivateAPI sends what the reference sends.

The calls come from openapi.yaml alone: each operation's request examples (or values built from
its schema where a media type has none), mapped to each method's Python names through `x-sdk`.
An operation added to the spec is covered without touching this file. Both clients talk to one
capturing server on 127.0.0.1, which answers from the operation's 200 example.
"""

from __future__ import annotations

import email.parser
import email.policy
import functools
import inspect
import json
import keyword
import os
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import private_sdk
import pytest
from jsonschema import Draft202012Validator

import bge_private
from bge_private._signing import verify_sign
from seed_examples import Example, examples
from spec_document import load_spec

APP_KEY = "wire-test-key"
APP_SECRET = "wire-test-secret-不-公开"
VOLATILE = {"signature_nonce", "timestamp", "sign"}

SPEC: dict[str, Any] = load_spec()
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
JSON = "application/json"
MEDIA_NAMES = {"form": FORM, "multipart": MULTIPART, "json": JSON}  # x-sdk `media`
SHORT = {media: name for name, media in MEDIA_NAMES.items()}


# ---------------------------------------------------------------------- reading the spec


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _schema_parts(schema: Any) -> tuple[dict[str, Any], set[str]]:
    """Properties (as written, so that siblings of a `$ref` stay) and required names."""
    schema = _resolve(schema)
    props: dict[str, Any] = dict(schema.get("properties", {}))
    required = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        more, more_required = _schema_parts(part)
        props.update(more)
        required |= more_required
    return props, required


OPERATIONS: list[tuple[str, dict[str, Any]]] = [
    (path, item[method])
    for path, item in SPEC["paths"].items()
    for method in HTTP_METHODS
    if method in item
]
BY_ID = {operation["operationId"]: operation for _, operation in OPERATIONS}


def declarations(operation: dict[str, Any]) -> list[dict[str, Any]]:
    """The operation's x-sdk declarations: one per method that reaches it."""
    sdk = operation.get("x-sdk", {})
    return list(sdk) if isinstance(sdk, list) else [sdk]


def _is_file(schema: Any) -> bool:
    return bool(_resolve(schema).get("format") == "binary")


def json_text_fields(operation: dict[str, Any], media: str) -> frozenset[str]:
    """The form fields that the media type's `encoding` declares as JSON text."""
    encoding = operation["requestBody"]["content"][media].get("encoding") or {}
    return frozenset(
        name
        for name, spec in encoding.items()
        if str(spec.get("contentType", "")).split(";")[0].strip() == JSON
    )


def _kind(schema: dict[str, Any]) -> str | None:
    """The one non-null JSON type a schema allows (an object may omit `type`), or None."""
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
    kinds = [kind for kind in kinds if kind != "null"]
    if kinds:
        return str(kinds[0])
    return "object" if "properties" in schema else None


def _given_example(schema: dict[str, Any]) -> tuple[bool, Any]:
    for key in ("const", "example"):
        if key in schema:
            return True, schema[key]
    for key in ("examples", "enum"):
        if schema.get(key):
            return True, schema[key][0]
    if "default" in schema:
        return True, schema["default"]
    return False, None


def build_value(schema: Any, where: str) -> Any:
    """A deterministic value of `schema`: its example, first enum value or default, else a plain
    value of its type. A pattern the plain text does not match needs an example in the spec."""
    outer = schema if isinstance(schema, dict) else {}
    schema = _resolve(schema)
    for source in (outer, schema):
        found, value = _given_example(source)
        if found:
            return value
    for key in ("oneOf", "anyOf"):
        branches = [b for b in schema.get(key, []) if _resolve(b).get("type") != "null"]
        if branches:
            return build_value(branches[0], where)
    kind = _kind(schema)
    if kind == "string":
        formats = {
            "uuid": "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
            "date-time": "2021-09-01T08:00:00Z",
        }
        text = formats.get(schema.get("format", ""), "wire-text")
        text = (text * (schema.get("minLength", 0) // len(text) + 1))[: schema.get("maxLength")]
        if "pattern" in schema and not re.search(schema["pattern"], text):
            raise AssertionError(f"{where}: the spec gives no example for {schema['pattern']}")
        return text
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0) + 1)
        return int(low) if kind == "integer" else float(low) + 0.5
    if kind == "boolean":
        return True
    if kind == "array":
        item = build_value(schema.get("items", {}), f"{where}[]")
        return [item] * max(1, schema.get("minItems", 1))
    if kind == "object":
        props, required = _schema_parts(schema)
        built = {name: build_value(props[name], f"{where}.{name}") for name in sorted(required)}
        if not built and schema.get("additionalProperties", True) is not False:
            built = {"key": "wire-value"}
        return built
    raise AssertionError(f"{where}: no type to build a value from")


def build_fields(schema: Any, where: str) -> dict[str, Any]:
    """The required fields of a request schema (with those of its first oneOf/anyOf branch)."""
    schema = _resolve(schema)
    props, required = _schema_parts(schema)
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            required |= set(_resolve(schema[key][0]).get("required", []))
    return {name: build_value(props[name], f"{where}.{name}") for name in sorted(required)}


def _parameter_value(parameter: dict[str, Any], where: str) -> Any:
    if "example" in parameter:
        return parameter["example"]
    if parameter.get("examples"):
        return _resolve(next(iter(parameter["examples"].values())))["value"]
    return build_value(parameter.get("schema", {}), where)


def _minimal(schema: Any) -> Any:
    """The smallest valid answer value: empty lists, required members only."""
    schema = _resolve(schema)
    for key in ("oneOf", "anyOf"):
        branches = [b for b in schema.get(key, []) if _resolve(b).get("type") != "null"]
        if branches:
            return _minimal(branches[0])
        if schema.get(key):
            return None
    kind = _kind(schema)
    if kind == "array":
        return []
    if kind == "object" or (kind is None and "allOf" in schema):
        props, required = _schema_parts(schema)
        return {name: _minimal(props[name]) for name in sorted(required)}
    if kind is None:
        return None if schema.get("type") == "null" else {}
    return build_value(schema, "answer")


def answer_example(operation: dict[str, Any]) -> dict[str, Any] | None:
    """The operation's 200 example (a whole envelope), if the spec gives one."""
    media = (_resolve(operation["responses"]["200"]).get("content") or {}).get(JSON) or {}
    for example in (media.get("examples") or {}).values():
        value: dict[str, Any] = _resolve(example)["value"]
        return value
    return media.get("example")


def answer(operation: dict[str, Any]) -> bytes:
    """What the server answers: the 200 example, else an envelope built from the 200 schema.

    An envelope-paginated page always carries its `pagination`; where the example leaves it out
    (test_page_examples_carry_their_pagination), it is built from the schema.
    """
    media = (_resolve(operation["responses"]["200"]).get("content") or {}).get(JSON) or {}
    props, _ = _schema_parts(media.get("schema", {}))
    envelope = answer_example(operation)
    if envelope is None:
        envelope = {"code": 0, "msg": "success", "data": {}}
        if "data" in props:
            envelope["data"] = _minimal(props["data"])
    paging = operation.get("x-pagination") or {}
    if paging.get("style") == "envelope" and "pagination" not in envelope:
        page = props.get("pagination", {"$ref": "#/components/schemas/Pagination"})
        envelope = {**envelope, "pagination": _minimal(page)}
    return json.dumps(envelope).encode()


# ---------------------------------------------------------------------- the calls


@dataclass(frozen=True)
class FilePart:
    """A file argument: at call time, the path of a temporary file holding `content`."""

    name: str  # the part's wire name
    content: bytes


@dataclass(frozen=True, eq=False)
class Case:
    """One call of one method with arguments from the spec, made through both clients."""

    operation: str
    method: str
    client: str | None  # None: PrivateAPI itself, else the sub-client attribute
    media: str  # the media type this call's body should have
    source: str  # the request example's name, or "schema"
    positional: tuple[Any, ...]
    keywords: tuple[tuple[str, Any], ...]
    positional_names: tuple[str, ...]
    declaration_index: int  # which of the operation's x-sdk declarations

    @property
    def declaration(self) -> dict[str, Any]:
        return declarations(BY_ID[self.operation])[self.declaration_index]

    @property
    def arguments(self) -> dict[str, Any]:
        """Every argument by its Python name."""
        return {
            **dict(zip(self.positional_names, self.positional, strict=True)),
            **dict(self.keywords),
        }

    @property
    def given(self) -> frozenset[str]:
        """The Python names of the arguments passed."""
        return frozenset(self.arguments)

    @property
    def id(self) -> str:
        owner = f"{self.client}." if self.client else ""
        return f"{owner}{self.method}[{self.operation}:{SHORT[self.media]}:{self.source}]"

    @property
    def files(self) -> list[FilePart]:
        values = [*self.positional, *(value for _, value in self.keywords)]
        return [value for value in values if isinstance(value, FilePart)]


def _python_name(name: str) -> str:
    return f"{name}_" if keyword.iskeyword(name) else name


def wire_fields(case: Case) -> dict[str, Any]:
    """The fields the call means to send, by wire name (a file part as a placeholder). A form
    leaves out what is None; a JSON body carries it as null."""
    operation = BY_ID[case.operation]
    declaration = case.declaration
    not_sent = set(declaration.get("select", {})) | {
        _python_name(_resolve(p)["name"])
        for p in operation.get("parameters", [])
        if _resolve(p).get("in") == "path"
    }
    rename = declaration.get("rename", {})
    fields: dict[str, Any] = {}
    for name, value in case.arguments.items():
        if name in not_sent or (value is None and case.media != JSON):
            continue
        unescaped = name[:-1] if keyword.iskeyword(name[:-1]) else name  # see _python_name
        wire = rename.get(name, unescaped)
        fields[wire] = "<file>" if isinstance(value, FilePart) else value
    return fields


def expected_media(case: Case) -> str:
    """The media type the call's body has: the declaration's, else multipart with a file part,
    else the operation's first other one."""
    content: list[str] = list(BY_ID[case.operation]["requestBody"]["content"])
    chosen: str | None = case.declaration.get("media")
    if chosen is not None:
        return MEDIA_NAMES[chosen]
    if case.files and MULTIPART in content:
        return MULTIPART
    return next((media for media in content if media != MULTIPART), content[0])


@functools.cache
def _validator(operation: str, media: str) -> Draft202012Validator:
    schema = BY_ID[operation]["requestBody"]["content"][media]["schema"]
    return Draft202012Validator({"components": SPEC["components"], **schema})


def spec_accepts(case: Case) -> bool:
    """Whether the spec's schema for the call's media type takes its fields."""
    return bool(_validator(case.operation, case.media).is_valid(wire_fields(case)))


def _file_content(operation: str, name: str) -> bytes:
    # Bytes that a text round trip would change (NUL, CR LF, invalid UTF-8), unique per part.
    return f"{operation}/{name}\r\n".encode() + b"\x00\xff\xfe binary\r\n\r\n--tail"


def make_case(
    operation: dict[str, Any], declaration: dict[str, Any], media: str, source: str, wire: Any
) -> Case:
    """The call of `declaration`'s method that sends `wire` (wire names) as `media`."""
    operation_id = operation["operationId"]
    props, required = _schema_parts(operation["requestBody"]["content"][media]["schema"])
    python_of = {wire_name: python for python, wire_name in declaration.get("rename", {}).items()}
    values: dict[str, Any] = {}
    for name, value in wire.items():
        if not _is_file(props.get(name, {})):
            values[_python_name(python_of.get(name, name))] = value
    # A file part the example shows (by a placeholder text), or one the form requires.
    for name, schema in props.items():
        if _is_file(schema) and (name in wire or name in required):
            content = _file_content(operation_id, name)
            values[_python_name(python_of.get(name, name))] = FilePart(name, content)
    for parameter in map(_resolve, operation.get("parameters", [])):
        if parameter.get("in") == "path":
            where = f"{operation_id} {parameter['name']}"
            values[_python_name(parameter["name"])] = _parameter_value(parameter, where)
    values.update(declaration.get("select", {}))
    # Positional in x-sdk `args` order, up to the first one this call does not give.
    positional: list[Any] = []
    for name in declaration.get("args", []):
        if name not in values:
            break
        positional.append(values.pop(name))
    return Case(
        operation=operation_id,
        method=declaration.get("method", operation_id),
        client=declaration.get("client"),
        media=media,
        source=source,
        positional=tuple(positional),
        keywords=tuple(values.items()),
        positional_names=tuple(declaration.get("args", [])[: len(positional)]),
        declaration_index=declarations(operation).index(declaration),
    )


def spec_cases() -> list[Case]:
    """Every method of every operation, once per request example of each of its media types
    (once with values built from the schema where a media type has no example)."""
    found: list[Case] = []
    for _path, operation in OPERATIONS:
        content = operation["requestBody"]["content"]
        for declaration in declarations(operation):
            chosen = declaration.get("media")
            for media, body in content.items():
                if chosen is not None and MEDIA_NAMES[chosen] != media:
                    continue
                sources = [
                    (name, _resolve(example)["value"])
                    for name, example in (body.get("examples") or {}).items()
                ]
                if not sources:
                    where = f"{operation['operationId']} {media}"
                    sources = [("schema", build_fields(body["schema"], where))]
                for name, wire in sources:
                    found.append(make_case(operation, declaration, media, name, wire))
    return found


CASES = spec_cases()


# ---------------------------------------------------------------------- the capturing server


@dataclass
class Sent:
    """One request as the server received it."""

    path: str
    content_type: str  # the whole header
    fields: list[tuple[str, Any]] = field(default_factory=list)  # in order; text but for JSON
    files: list[tuple[str, bytes]] = field(default_factory=list)
    json_body: bool = False

    @property
    def media(self) -> str:
        return self.content_type.split(";")[0].strip().lower()


def _multipart(content_type: str, body: bytes) -> tuple[list[tuple[str, Any]], list[Any]]:
    if "boundary=" not in content_type:
        # A multipart body under another label: its first line gives the boundary.
        boundary = body.split(b"\r\n", 1)[0].removeprefix(b"--").decode("ascii")
        content_type = f'{MULTIPART}; boundary="{boundary}"'
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    fields: list[tuple[str, Any]] = []
    files: list[tuple[str, bytes]] = []
    for part in message.iter_parts():
        name = str(part.get_param("name", header="content-disposition"))
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes), f"part {name} is not a plain part"
        if part.get_filename() is None:
            fields.append((name, payload.decode("utf-8")))
        else:
            files.append((name, payload))
    return fields, files


def parse_request(path: str, content_type: str, body: bytes) -> Sent:
    sent = Sent(path=path, content_type=content_type)
    # The multipart test goes by the body too: one reference method mislabels its multipart body.
    if sent.media == MULTIPART or re.match(rb"--\S+\r\nContent-Disposition: form-data", body):
        sent.fields, sent.files = _multipart(content_type, body)
    elif sent.media == JSON:
        document = json.loads(body)
        assert isinstance(document, dict), "a JSON body is one object"
        sent.fields, sent.json_body = list(document.items()), True
    else:
        sent.fields = parse_qsl(body.decode("utf-8"), keep_blank_values=True)
    return sent


def _template(path: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)))


def route(path: str) -> dict[str, Any]:
    """The operation a request path reaches (a literal path before a templated one)."""
    for template, operation in sorted(OPERATIONS, key=lambda item: "{" in item[0]):
        if _template(template).fullmatch(path):
            return operation
    raise LookupError(path)


ANSWERS = {operation["operationId"]: answer(operation) for _, operation in OPERATIONS}


class _Capture(BaseHTTPRequestHandler):
    captured: list[Sent]
    peers: list[tuple[str, int]]
    protocol_version = "HTTP/1.1"  # keep-alive, as a real server offers
    # Headers and body go out as two writes: without TCP_NODELAY, the second waits for the
    # client's delayed ACK (~40 ms a call on a kept-alive connection).
    disable_nagle_algorithm = True

    def do_POST(self) -> None:
        self.peers.append(self.client_address)
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.captured.append(parse_request(self.path, self.headers.get("Content-Type", ""), body))
        try:
            content = ANSWERS[route(self.path)["operationId"]]
        except LookupError:
            self.send_error(404, "no operation of the spec has this path")
            return
        self.send_response(200)
        self.send_header("Content-Type", JSON)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, format: str, *args: Any) -> None:
        pass


PEERS: list[tuple[str, int]] = []  # the client address of each request, in order


@pytest.fixture(scope="module")
def capture() -> Iterator[tuple[str, list[Sent]]]:
    captured: list[Sent] = []
    handler = type("Handler", (_Capture,), {"captured": captured, "peers": PEERS})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", captured
    finally:
        server.shutdown()
        server.server_close()


# ---------------------------------------------------------------------- comparing requests


@dataclass
class Wire:
    """A request as compared: signing fields aside, JSON text parsed."""

    path: str
    media: str
    fields: dict[str, Any]
    files: dict[str, bytes]


def wire_of(sent: Sent, json_fields: frozenset[str]) -> Wire:
    fields: dict[str, Any] = {}
    for name, value in sent.fields:
        assert name not in fields, f"field {name} sent twice"
        if name not in VOLATILE:
            parse = not sent.json_body and name in json_fields
            fields[name] = json.loads(value) if parse else value
    files: dict[str, bytes] = {}
    for name, content in sent.files:
        assert name not in files, f"file part {name} sent twice"
        files[name] = content
    return Wire(path=sent.path, media=sent.media, fields=fields, files=files)


def assert_signed(sent: Sent) -> None:
    """Ours is signed over exactly the text fields it sent, with a real nonce."""
    fields = {name: value for name, value in sent.fields if value is not None}
    assert fields["app_key"] == APP_KEY
    assert len(fields["signature_nonce"]) == 32
    # The JSON body is signed over str() of each member, as the reference signs it.
    text = {name: value if isinstance(value, str) else str(value) for name, value in fields.items()}
    assert verify_sign(APP_SECRET, text)


@dataclass(frozen=True)
class Call:
    """A case as made: the temporary file behind each file argument."""

    case: Case
    paths: dict[str, Path]  # the part's wire name -> the file passed

    def argument(self, value: Any) -> Any:
        return str(self.paths[value.name]) if isinstance(value, FilePart) else value


# What the reference uploads for add_collection's data_element_ids, whatever path it is given:
# ./data_element_ids of the working directory (the `workdir` fixture's).
CWD_DECOY = b"decoy: ./data_element_ids of the working directory\n"

# The reference's known request bugs (operations.json), by method. Each checks that the
# reference's request shows exactly that bug and returns the request it should have sent, with
# a line naming the difference; None where this call does not trigger the bug.
KnownBug = Callable[[Call, Wire, Wire], "tuple[Wire, str] | None"]


def _uploads_instead(part: str, content: Callable[[Call], bytes], what: str) -> KnownBug:
    def check(call: Call, ours: Wire, theirs: Wire) -> tuple[Wire, str] | None:
        if part not in call.paths:
            return None
        assert theirs.files.get(part) == content(call), f"the reference uploads {what}"
        fixed = replace(theirs, files={**theirs.files, part: call.paths[part].read_bytes()})
        return fixed, f"{call.case.method}: the reference uploads {what} as {part}"

    return check


def _path_text(part: str) -> Callable[[Call], bytes]:
    return lambda call: str(call.paths[part]).encode()


def _mislabelled_multipart(call: Call, ours: Wire, theirs: Wire) -> tuple[Wire, str]:
    assert theirs.media == FORM and theirs.files, "a multipart body labelled as a form"
    return replace(theirs, media=MULTIPART), (
        f"{call.case.method}: the reference labels its multipart body {FORM}"
    )


def _empty_kwargs_as_list(call: Call, ours: Wire, theirs: Wire) -> tuple[Wire, str] | None:
    if call.case.arguments.get("kwargs"):
        return None
    assert theirs.fields.get("kwargs") == [], "the reference sends empty kwargs as []"
    fixed = replace(theirs, fields={**theirs.fields, "kwargs": {}})
    return fixed, f"{call.case.method}: the reference sends empty kwargs as [] (ours: {{}})"


KNOWN_BUGS: dict[str, KnownBug] = {
    "add_collection": _uploads_instead(
        "data_element_ids", lambda call: CWD_DECOY, "./data_element_ids of its working directory"
    ),
    "edit_collection": _uploads_instead(
        "data_element_ids", _path_text("data_element_ids"), "the path text"
    ),
    "image_upload": _uploads_instead("image", _path_text("image"), "the path text"),
    "upload_model_expfs": _mislabelled_multipart,
    "invoke_task": _empty_kwargs_as_list,
}


def compare(
    method: str, call: Call | None, ours: Wire, theirs: Wire, json_fields: frozenset[str]
) -> list[str]:
    """Assert that both requests are equal but for the reference's known bugs; name those."""
    differences: list[str] = []
    bug = KNOWN_BUGS.get(method)
    found = bug(call, ours, theirs) if bug is not None and call is not None else None
    if found is not None:
        theirs, what = found
        differences.append(what)
    # The reference sends an absent JSON value as the text null (or a JSON body's null member).
    for name, value in theirs.fields.items():
        if value is None and name not in ours.fields:
            assert name in json_fields or theirs.media == JSON, f"the reference sends {name}=None"
            differences.append(f"{method}: the reference sends an absent {name} as null")
    theirs = replace(
        theirs, fields={k: v for k, v in theirs.fields.items() if v is not None or k in ours.fields}
    )
    assert ours.path == theirs.path
    assert ours.media == theirs.media
    assert ours.fields == theirs.fields
    assert ours.files == theirs.files
    return differences


# ---------------------------------------------------------------------- the seed examples


def _send_example(
    example: Example, client_class: type[Any], endpoint: str, captured: list[Sent]
) -> Sent:
    before = len(captured)
    example.run(client_class, APP_KEY, APP_SECRET, endpoint)
    assert len(captured) == before + 1, "each documented call is exactly one request"
    return captured[-1]


ALL = examples()


def test_one_kept_alive_connection_for_many_calls(capture: Any) -> None:
    endpoint, _ = capture
    fields = {"user_id": "5c033e04f89dd15e44d48b7d"}
    with bge_private.PrivateAPI(APP_KEY, APP_SECRET, endpoint=endpoint) as ours:
        start = len(PEERS)
        for _ in range(5):
            ours.question_size(**fields)
        assert len(set(PEERS[start:])) == 1, "PrivateAPI reuses one connection"
    theirs = private_sdk.PrivateAPI(APP_KEY, APP_SECRET, endpoint=endpoint)
    start = len(PEERS)
    for _ in range(5):
        theirs.question_size(**fields)
    assert len(set(PEERS[start:])) == 5, "the reference opens a connection per call"


def test_every_documented_operation_is_covered() -> None:
    assert {example.method for example in ALL} == {
        "get_samples",
        "register_sample",
        "improve_sample",
        "task_result",
        "survey_projects",
        "survey_target",
        "question_size",
        "wechat_profile",
    }


@pytest.mark.parametrize("example", ALL, ids=[e.method for e in ALL])
def test_same_form_as_reference(capture: Any, example: Example, capsys: Any) -> None:
    endpoint, captured = capture
    ours = _send_example(example, bge_private.PrivateAPI, endpoint, captured)
    ours_output = capsys.readouterr().out
    theirs = _send_example(example, private_sdk.PrivateAPI, endpoint, captured)
    theirs_output = capsys.readouterr().out

    json_fields = json_text_fields(route(ours.path), FORM)
    ours_wire = wire_of(ours, json_fields)
    compare(example.method, None, ours_wire, wire_of(theirs, json_fields), json_fields)
    assert set(ours_wire.fields) - {"app_key"}, "the call sends its own fields"
    # Same printed result for the same answer (the reference's Model.dumps/print format).
    assert ours_output == theirs_output
    assert_signed(ours)


# ---------------------------------------------------------------------- every operation of the spec

# Cases that fail because of a bug in the SDK or the spec (not the reference): each predicate
# picks the cases a bug breaks; each must fail (strict) until the bug is fixed.
SDK_BUGS: list[tuple[Callable[[Case], bool], str]] = []


def sdk_bug(case: Case) -> str | None:
    reasons = [reason for applies, reason in SDK_BUGS if applies(case)]
    return "; ".join(reasons) or None


def _params() -> list[Any]:
    params = []
    for case in CASES:
        reason = sdk_bug(case)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


@dataclass
class Outcome:
    error: str | None  # None: equal but for the differences named
    differences: list[str]


OUTCOMES: dict[str, Outcome] = {}  # by case id


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The working directory of the calls, holding the ./data_element_ids the reference reads."""
    directory = tmp_path_factory.mktemp("wire-cwd")
    (directory / "data_element_ids").write_bytes(CWD_DECOY)
    previous = Path.cwd()
    os.chdir(directory)
    try:
        yield directory
    finally:
        os.chdir(previous)


Clients = tuple[Any, Any, list[Sent], Path]


@pytest.fixture(scope="module")
def clients(capture: Any, workdir: Path) -> Iterator[Clients]:
    endpoint, captured = capture
    reference = private_sdk.PrivateAPI(APP_KEY, APP_SECRET, endpoint=endpoint)
    with bge_private.PrivateAPI(APP_KEY, APP_SECRET, endpoint=endpoint) as ours:
        yield ours, reference, captured, workdir


def _send(root: Any, call: Call, captured: list[Sent]) -> Sent:
    case = call.case
    owner = root if case.client is None else getattr(root, case.client)
    before = len(captured)
    getattr(owner, case.method)(
        *map(call.argument, case.positional),
        **{name: call.argument(value) for name, value in case.keywords},
    )
    assert len(captured) == before + 1, "one call is exactly one request"
    return captured[-1]


def check_case(case: Case, clients: Clients) -> list[str]:
    """Make the call through both clients; assert the requests match; name the differences."""
    ours_client, reference, captured, workdir = clients
    paths = {part.name: workdir / f"{case.operation}-{part.name}.bin" for part in case.files}
    for part in case.files:
        paths[part.name].write_bytes(part.content)
    call = Call(case=case, paths=paths)
    ours = _send(ours_client, call, captured)
    theirs = _send(reference, call, captured)
    assert ours.media == case.media, f"ours sends {ours.media}, the spec says {case.media}"
    assert_signed(ours)
    json_fields = json_text_fields(BY_ID[case.operation], case.media)
    ours_wire, theirs_wire = wire_of(ours, json_fields), wire_of(theirs, json_fields)
    for part in case.files:
        assert ours_wire.files.get(part.name) == part.content, "ours uploads the file named"
    return compare(case.method, call, ours_wire, theirs_wire, json_fields)


def outcome(case: Case, clients: Clients) -> Outcome:
    """The case's result, computed once per session."""
    if case.id not in OUTCOMES:
        try:
            OUTCOMES[case.id] = Outcome(error=None, differences=check_case(case, clients))
        except Exception as error:
            OUTCOMES[case.id] = Outcome(error=f"{type(error).__name__}: {error}", differences=[])
            raise
    return OUTCOMES[case.id]


@pytest.mark.parametrize("case", _params())
def test_wire_equal_to_reference(case: Case, clients: Clients) -> None:
    result = outcome(case, clients)
    assert result.error is None, result.error


def test_every_operation_and_method_is_called() -> None:
    called = {(case.operation, case.client, case.method) for case in CASES}
    declared = {
        (operation["operationId"], d.get("client"), d.get("method", operation["operationId"]))
        for _, operation in OPERATIONS
        for d in declarations(operation)
    }
    assert called == declared
    assert len(BY_ID) == len(OPERATIONS), "operationIds are unique"
    assert {operation for operation, _, _ in called} == set(BY_ID)


@pytest.mark.xfail(
    any(sdk_bug(case) for case in CASES),
    strict=True,
    reason="the cases that SDK_BUGS marks are not wire-equal yet",
)
def test_summary_every_operation_wire_equal(clients: Clients, capsys: Any) -> None:
    equal: set[str] = set(BY_ID)
    differences: list[str] = []
    failures: list[str] = []
    for case in CASES:
        try:
            result = outcome(case, clients)
        except Exception:
            result = OUTCOMES[case.id]
        if result.error is not None:
            equal.discard(case.operation)
            failures.append(f"{case.id}: {result.error}")
        differences += result.differences
    unique = sorted(set(differences))
    line = f"{len(equal)}/{len(BY_ID)} operations wire-equal ({len(unique)} expected differences)"
    with capsys.disabled():
        print(f"\n{line}")
        for what in unique:
            print(f"  expected difference: {what}")
    assert not failures, "\n".join([line, *failures])
    assert len(equal) == len(OPERATIONS)


# ---------------------------------------------------------------------- the reference's defaults

REFERENCE = private_sdk.PrivateAPI(APP_KEY, APP_SECRET)  # read for its signatures only


def reference_defaults(case: Case) -> dict[str, Any]:
    """The reference method's parameters that have a default, with it."""
    owner = REFERENCE if case.client is None else getattr(REFERENCE, case.client)
    parameters = inspect.signature(getattr(owner, case.method)).parameters.values()
    return {p.name: p.default for p in parameters if p.default is not inspect.Parameter.empty}


def default_variants() -> list[Case]:
    """Each case again with each parameter the reference defaults left out, and passed as that
    default: code written for the reference does both. Parameters that pick the operation
    (x-sdk `select`) are left alone; the cases cover each choice."""
    variants: list[Case] = []
    for case in CASES:
        select = {
            name
            for declaration in declarations(BY_ID[case.operation])
            for name in declaration.get("select", {})
        }
        for name, default in reference_defaults(case).items():
            if name in select:
                continue
            others = {k: v for k, v in case.arguments.items() if k != name}
            kinds = [("default", {**others, name: default})]
            if name in case.arguments:
                kinds.insert(0, ("omitted", others))
            for kind, arguments in kinds:
                variant = replace(
                    case,
                    source=f"{SHORT[case.media]}:{case.source}:{name}-{kind}",
                    positional=(),
                    positional_names=(),
                    keywords=tuple(arguments.items()),
                )
                variants.append(replace(variant, media=expected_media(variant)))
    return variants


VARIANTS = default_variants()
# The SDK's answers to a reference default, where they are wrong (each must fail until fixed).
DEFAULT_BUGS: list[tuple[Callable[[Case], bool], str]] = []


def _variant_params() -> list[Any]:
    params = []
    for case in VARIANTS:
        reasons = [reason for applies, reason in DEFAULT_BUGS if applies(case)]
        reason = "; ".join(filter(None, [*reasons, sdk_bug(case)]))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


@pytest.mark.parametrize("case", _variant_params())
def test_reference_defaults_sent_alike(case: Case, clients: Clients) -> None:
    ours_client, reference, captured, workdir = clients
    paths = {part.name: workdir / f"{case.operation}-{part.name}.bin" for part in case.files}
    for part in case.files:
        paths[part.name].write_bytes(part.content)
    call = Call(case=case, paths=paths)
    if not spec_accepts(case):
        # Arguments the spec refuses (an exactly-one-of rule, a required field): refused before
        # sending, with a typed error, where the reference may send them anyway.
        before = len(captured)
        with pytest.raises((bge_private.RequestValidationError, TypeError)):
            _send(ours_client, call, captured)
        assert len(captured) == before, "nothing is sent"
        return
    theirs = _send(reference, call, captured)
    ours = _send(ours_client, call, captured)
    assert ours.media == case.media, f"ours sends {ours.media}, the spec says {case.media}"
    json_fields = json_text_fields(route(ours.path), case.media)
    ours_wire = wire_of(ours, json_fields)
    compare(case.method, call, ours_wire, wire_of(theirs, json_fields), json_fields)


# ---------------------------------------------------------------------- what the cases cannot show

# Bugs of the spec's own text, by operation (each test below must fail until it is fixed).
SPEC_BUGS: dict[str, str] = {}

ENVELOPE_PAGED = [
    operation
    for _, operation in OPERATIONS
    if (operation.get("x-pagination") or {}).get("style") == "envelope"
    and answer_example(operation) is not None
]


@pytest.mark.parametrize(
    "operation",
    [
        pytest.param(
            operation,
            id=operation["operationId"],
            marks=[pytest.mark.xfail(strict=True, reason=SPEC_BUGS[operation["operationId"]])]
            if operation["operationId"] in SPEC_BUGS
            else [],
        )
        for operation in ENVELOPE_PAGED
    ],
)
def test_page_examples_carry_their_pagination(operation: dict[str, Any]) -> None:
    example = answer_example(operation)
    assert example is not None
    assert isinstance(example.get("pagination"), dict), "an envelope page carries `pagination`"


RENAMED = [
    (operation["operationId"], declaration, python, wire)
    for _, operation in OPERATIONS
    for declaration in declarations(operation)
    for python, wire in declaration.get("rename", {}).items()
    if python != wire
]


RENAMED_IDS = [f"{item[1].get('method', item[0])}:{item[3]}" for item in RENAMED]


def _renamed_call(
    operation_id: str, declaration: dict[str, Any], wire: str, workdir: Path
) -> tuple[Case, Call]:
    """The operation's first case, plus a keyword named like the renamed field's wire name."""
    base = next(
        case
        for case in CASES
        if case.operation == operation_id and case.method == declaration.get("method", operation_id)
    )
    case = replace(base, keywords=(*base.keywords, (wire, "wire-name-value")))
    paths = {part.name: workdir / f"renamed-{part.name}.bin" for part in case.files}
    for part in case.files:
        paths[part.name].write_bytes(part.content)
    return base, Call(case=case, paths=paths)


@pytest.mark.parametrize(
    ("operation_id", "declaration", "python", "wire"), RENAMED, ids=RENAMED_IDS
)
def test_reference_overwrites_or_refuses_the_wire_name(
    operation_id: str, declaration: dict[str, Any], python: str, wire: str, clients: Clients
) -> None:
    """The reference bug the docs invite (get_taxon_abundance(page=...)): a keyword named like
    the wire field of a renamed parameter is overwritten by that parameter, or refused where the
    method takes no **kwargs."""
    _, reference, captured, workdir = clients
    base, call = _renamed_call(operation_id, declaration, wire, workdir)
    before = len(captured)
    try:
        _send(reference, call, captured)
    except TypeError:
        assert len(captured) == before, "refused before sending"
        return
    value = base.arguments.get(python)
    sent = wire_of(captured[-1], frozenset()).fields.get(wire)
    assert sent == (None if value is None else str(value)), "the parameter's value wins"


@pytest.mark.parametrize(
    ("operation_id", "declaration", "python", "wire"),
    [pytest.param(*item) for item in RENAMED],
    ids=RENAMED_IDS,
)
def test_wire_name_of_a_renamed_parameter_is_refused(
    operation_id: str, declaration: dict[str, Any], python: str, wire: str, clients: Clients
) -> None:
    """Ours refuses a keyword named like the wire field of a renamed parameter, sending nothing."""
    ours, _, captured, workdir = clients
    _, call = _renamed_call(operation_id, declaration, wire, workdir)
    before = len(captured)
    with pytest.raises((bge_private.RequestValidationError, TypeError)):
        _send(ours, call, captured)
    assert len(captured) == before, "nothing is sent"
