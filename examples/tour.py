"""make tour: start a fresh sandbox, call one documentation example per group through PrivateAPI.

For each group (tag) of openapi.yaml, in the spec's order, the tour picks one operation: the
first whose documented call has a documented output (and the spec does not mark the two as
inconsistent), else the first with a documented call, else the first with the call the spec
gives for the sandbox (groups the documentation does not cover). It shows the call as Python,
with the reference SDK's method name and arguments (from the operation's `x-sdk`), makes it,
and prints what it returns. The exit status is 1 if any call fails.
"""

from __future__ import annotations

import json
import keyword
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bge_private import Model, PrivateAPI
from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET
from bge_private_sandbox.process import SandboxStartError, start_sandbox
from bge_private_sandbox.spec import load_spec

INCONSISTENT = "Documented example output is inconsistent with its call:"
DOCUMENTED_CALLS = ("doc", "seed")  # the names of the documentation's example calls
SHOWN_LINES = 24  # a long answer is cut after this many lines


@dataclass(frozen=True)
class Call:
    """One example as a PrivateAPI call."""

    group: str
    operation: str
    kind: str
    """"documented output", "documented call" or "sandbox call"."""
    client: str | None
    method: str
    positional: tuple[Any, ...]
    keywords: tuple[tuple[str, Any], ...]

    @property
    def code(self) -> str:
        owner = f"private.{self.client}" if self.client else "private"
        arguments = [_short(value) for value in self.positional]
        arguments += [f"{name}={_short(value)}" for name, value in self.keywords]
        return f"{owner}.{self.method}({', '.join(arguments)})"

    def run(self, private: PrivateAPI) -> Any:
        owner = getattr(private, self.client) if self.client else private
        return getattr(owner, self.method)(*self.positional, **dict(self.keywords))


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 120 else f"{text[:100]}...{text[-12:]}"


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = spec["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _example_call(operation: dict[str, Any]) -> tuple[str, str, dict[str, Any]] | None:
    """(kind, media type, wire fields) of the operation's best example call."""
    outputs = operation["responses"]["200"]["content"]["application/json"].get("examples", {})
    consistent = INCONSISTENT not in operation["description"]
    found: list[tuple[int, str, str, dict[str, Any]]] = []
    for media_type, media in operation["requestBody"]["content"].items():
        for name, example in (media.get("examples") or {}).items():
            if name in outputs and consistent:
                rank, kind = 0, "documented output"
            elif name in DOCUMENTED_CALLS:
                rank, kind = 1, "documented call"
            else:
                rank, kind = 2, "sandbox call"
            found.append((rank, kind, media_type, dict(example["value"])))
    if not found:
        return None
    _, kind, media_type, fields = min(found, key=lambda item: item[0])
    return kind, media_type, fields


def _python_name(name: str) -> str:
    return f"{name}_" if keyword.iskeyword(name) else name


def as_call(spec: dict[str, Any], group: str, operation: dict[str, Any]) -> Call | None:
    """The operation's best example as a call of its (first) SDK method."""
    example = _example_call(operation)
    if example is None:
        return None
    kind, media_type, wire = example
    sdk = operation.get("x-sdk", {})
    declaration: dict[str, Any] = sdk[0] if isinstance(sdk, list) else sdk
    python_of = {wire_name: python for python, wire_name in declaration.get("rename", {}).items()}
    schema = _resolve(spec, operation["requestBody"]["content"][media_type]["schema"])
    properties: dict[str, Any] = {}
    for part in [schema, *(_resolve(spec, branch) for branch in schema.get("allOf", []))]:
        properties.update(part.get("properties", {}))
    values: dict[str, Any] = {}
    for name, value in wire.items():
        is_file = _resolve(spec, properties.get(name, {})).get("format") == "binary"
        # A file part's example is its content as text; the SDK takes bytes (or a path).
        values[_python_name(python_of.get(name, name))] = (
            str(value).encode("utf-8") if is_file else value
        )
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "path":
            schema_examples = _resolve(spec, parameter.get("schema", {})).get("examples", [None])
            values[_python_name(parameter["name"])] = parameter.get("example", schema_examples[0])
    values.update(declaration.get("select", {}))
    positional: list[Any] = []
    for name in declaration.get("args", []):
        if name not in values:
            break
        positional.append(values.pop(name))
    return Call(
        group=group,
        operation=operation["operationId"],
        kind=kind,
        client=declaration.get("client"),
        method=declaration.get("method", operation["operationId"]),
        positional=tuple(positional),
        keywords=tuple(values.items()),
    )


def tour_calls() -> list[Call]:
    """One call per group, in the spec's order of groups and operations."""
    spec = load_spec()
    calls = []
    for tag in spec["tags"]:
        group = tag["name"]
        candidates = [
            call
            for item in spec["paths"].values()
            if item["post"]["tags"][0] == group
            for call in [as_call(spec, group, item["post"])]
            if call is not None
        ]
        ranks = ("documented output", "documented call", "sandbox call")
        if candidates:
            calls.append(min(candidates, key=lambda call: ranks.index(call.kind)))
    return calls


def plain(value: Any) -> Any:
    """What a method returned, as JSON-ready data."""
    if isinstance(value, Model):
        return value.json()
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def show(value: Any) -> str:
    text = json.dumps(plain(value), ensure_ascii=False, indent=2, default=str)
    lines = text.splitlines()
    if len(lines) > SHOWN_LINES:
        lines = [*lines[:SHOWN_LINES], f"... ({len(lines) - SHOWN_LINES} more lines)"]
    return "\n".join(lines)


def main() -> int:
    calls = tour_calls()
    failed = 0
    with tempfile.TemporaryDirectory(prefix="bge-tour-") as folder:
        try:
            sandbox = start_sandbox(Path(folder))
        except SandboxStartError as error:
            print(error, file=sys.stderr)
            return 1
        with sandbox:
            print(f"sandbox: {sandbox.url} (fresh database in {folder})")
            print(f"app_key: {DEMO_APP_KEY}; one example per group, {len(calls)} groups\n")
            private = PrivateAPI(DEMO_APP_KEY, DEMO_APP_SECRET, endpoint=sandbox.url)
            try:
                for call in calls:
                    print(f"=== {call.group}: {call.operation} ({call.kind})")
                    print(call.code)
                    try:
                        result = call.run(private)
                    except Exception as error:  # the tour reports every failure, then goes on
                        failed += 1
                        print(f"--- FAILED: {type(error).__name__}: {error}\n")
                        continue
                    print("--- returns")
                    print(show(result))
                    print()
            finally:
                private.close()
        print(f"sandbox stopped (exit status {sandbox.process.returncode})")
    print(f"tour: {len(calls) - failed} of {len(calls)} groups answered, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
