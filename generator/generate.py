"""Turn openapi.yaml into the generated client and the sandbox's models, reproducibly."""

from __future__ import annotations

import argparse
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from bundle import BUNDLE, BundleError, bundle_text
from sdk import render as render_sdk

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
HERE = Path(__file__).resolve().parent
CLIENT_PACKAGE = "bge_private_client"
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
MULTIPART_CONTENT_TYPE = "multipart/form-data"
JSON_CONTENT_TYPE = "application/json"
# The short names the wrapper uses for media types (as generator/sdk.py's OPERATIONS does).
MEDIA_NAMES = {
    FORM_CONTENT_TYPE: "form",
    MULTIPART_CONTENT_TYPE: "multipart",
    JSON_CONTENT_TYPE: "json",
}
# openapi-python-client 0.29.1 sets this header on multipart bodies, fixing the boundary to "+++"
# (a file containing "--+++" would end its part early); without it httpx picks a random one.
MULTIPART_HEADER_LINE = 'headers["Content-Type"] = "multipart/form-data; boundary=+++"\n'


# Every generated path, relative to the output root; check-generated compares exactly these.
CLIENT_DIR = Path("generated_client") / CLIENT_PACKAGE
SANDBOX_MODELS = Path("sandbox") / "bge_private_sandbox" / "models.py"
SANDBOX_SPEC = Path("sandbox") / "bge_private_sandbox" / "openapi.yaml"
# The same document as JSON: what the sandbox parses at start-up (JSON reads in milliseconds,
# the YAML in a good part of a second); the YAML is what it serves.
SANDBOX_SPEC_JSON = SANDBOX_SPEC.with_suffix(".json")
SDK_METHODS = Path("wrapper") / "bge_private" / "_generated.py"
OUTPUTS = (CLIENT_DIR, SANDBOX_MODELS, SANDBOX_SPEC, SANDBOX_SPEC_JSON, SDK_METHODS)

# String formats that openapi-python-client would turn into Python objects and back. The client
# keeps them as the text the platform sends: `datetime.isoformat()` would rewrite
# "2019-05-14T08:41:01Z" as "...+00:00", and callers pass these values as text.
TEXT_FORMATS = frozenset({"date-time", "date", "time", "uuid"})

# The line openapi-python-client 0.29.1 writes for a required form body.
FORM_BODY_LINE = '_kwargs["data"] = body.to_dict()'


def _tool(name: str) -> str:
    """The pinned tool installed beside this interpreter (the project's virtualenv)."""
    path = Path(sys.executable).parent / name
    if not path.exists():
        sys.exit(f"generator: {name} not found beside {sys.executable}; run `make install` first")
    return str(path)


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _operations(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for path_item in spec["paths"].values():
        for method, operation in path_item.items():
            if method in {"get", "put", "post", "delete", "options", "head", "patch", "trace"}:
                yield operation


def json_fields_by_operation(spec: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """For each operation, the form fields the spec declares as JSON text (`encoding`)."""
    result: dict[str, tuple[str, ...]] = {}
    for operation in _operations(spec):
        content = operation.get("requestBody", {}).get("content", {})
        media = content.get(FORM_CONTENT_TYPE)
        if media is None:
            continue
        encoding = media.get("encoding", {})
        fields = sorted(
            name
            for name, enc in encoding.items()
            if enc.get("contentType", "").split(";")[0].strip() == "application/json"
        )
        result[operation["operationId"]] = tuple(fields)
    return result


def _is_presence_rule(branch: Any) -> bool:
    """A branch that only says which fields are present: `required`, and `not: {required}`."""
    if not isinstance(branch, dict) or "required" not in branch:
        return False
    excluded = branch.get("not", {"required": []})
    return set(branch) <= {"required", "not"} and (
        isinstance(excluded, dict) and set(excluded) == {"required"}
    )


def _only_requires(branches: Any) -> bool:
    return isinstance(branches, list) and all(_is_presence_rule(branch) for branch in branches)


def _open_enum_type(node: dict[str, Any], schemas: dict[str, Any]) -> str | None:
    """The base type of an open enum (`anyOf: [{$ref: <enum>}, {type: <its type>}]`), else None."""
    branches = node.get("anyOf")
    if not (isinstance(branches, list) and len(branches) == 2):
        return None
    ref, base = branches
    if set(ref) != {"$ref"} or set(base) != {"type"}:
        return None
    target = schemas.get(str(ref["$ref"]).rsplit("/", 1)[-1], {})
    if "enum" in target and target.get("type") == base["type"]:
        return str(base["type"])
    return None


def _untype_answer_data(view: dict[str, Any]) -> None:
    """Leave the `data` of every answer envelope untyped: the wrapper hands it to the user as a
    Model straight from the JSON. Parsing it into attrs objects and back cost more CPU than the
    HTTP call itself (1.1 ms for 50 samples). The component models (Sample, ...) are still
    generated, for typed use: `Sample.from_dict(model.json())`.
    """
    schemas = view["components"]["schemas"]
    for operation in _operations(view):
        answer = operation["responses"]["200"]["content"]["application/json"]["schema"]
        envelope = schemas[answer["$ref"].rsplit("/", 1)[1]]
        for part in [envelope, *envelope.get("allOf", [])]:
            data = part.get("properties", {}).get("data")
            if data is not None:
                part["properties"]["data"] = {"description": data.get("description", "")}


def client_view(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as the Python client is generated from it.

    - Text formats stay text (see TEXT_FORMATS).
    - `oneOf`/`anyOf` whose branches only say which fields are present (`required`, and
      `not: {required: ...}` to keep branches apart: "exactly one of a and b", "at least one of
      a and b") are dropped: openapi-python-client would otherwise give up on the model and type
      it `Any`. The rule is still enforced before sending, from request_schemas.json.
    - An open enum (`anyOf: [{$ref: <enum>}, {type: <its type>}]`, as `Envelope.code`) is its
      base type: the wrapper compares codes as ints, and a code the platform added later must
      parse like a known one, not fail the answer.
    - An answer's `data` is left as parsed JSON (see _untype_answer_data).
    """
    view = copy.deepcopy(spec)
    schemas = view["components"]["schemas"]
    _untype_answer_data(view)
    for node in list(_walk(view)):
        if isinstance(node.get("format"), str) and node["format"] in TEXT_FORMATS:
            del node["format"]
        for keyword in ("oneOf", "anyOf"):
            if _only_requires(node.get(keyword)):
                del node[keyword]
        base_type = _open_enum_type(node, schemas)
        if base_type is not None:
            del node["anyOf"]
            node["type"] = base_type
    return view


def _run(cmd: list[str], cwd: Path) -> None:
    env = dict(os.environ)
    # The generators call ruff from PATH: make it the pinned one.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        sys.exit(f"generator: {' '.join(cmd[:2])} failed with exit code {proc.returncode}")
    # openapi-python-client reports spec problems as warnings but still exits 0.
    if "Warning" in proc.stdout or "Error" in proc.stdout:
        sys.stderr.write(proc.stdout)
        sys.exit("generator: openapi-python-client reported problems with the spec (above)")


def _encode_json_form_fields(package: Path, json_fields: dict[str, tuple[str, ...]]) -> None:
    """Route every form body through form_encoding.encode_form, naming its JSON fields."""
    shutil.copyfile(HERE / "form_encoding.py", package / "form_encoding.py")
    # PEP 561: the wrapper is type-checked against the generated models.
    (package / "py.typed").write_text("", encoding="utf-8")
    for operation_id, fields in json_fields.items():
        # openapi-python-client names modules in snake case (get_sample_V2 → get_sample_v2).
        module = next((package / "api").glob(f"*/{operation_id.lower()}.py"), None)
        if module is None:
            sys.exit(f"generator: no generated module for operation {operation_id}")
        source = module.read_text(encoding="utf-8")
        if source.count(FORM_BODY_LINE) != 1:
            sys.exit(
                f"generator: expected one `{FORM_BODY_LINE}` in {module.name}; the pinned "
                "openapi-python-client's output changed, update generator/generate.py"
            )
        names = ", ".join(repr(name) for name in fields)
        trailing = "," if len(fields) == 1 else ""
        replacement = (
            f'_kwargs["data"] = encode_form(body.to_dict(), json_fields=({names}{trailing}))'
        )
        source = source.replace(FORM_BODY_LINE, replacement)
        source = re.sub(
            r"^(from \.\.\. import errors)$",
            r"\1\nfrom ...form_encoding import encode_form",
            source,
            count=1,
            flags=re.MULTILINE,
        )
        module.write_text(source, encoding="utf-8")


def _random_multipart_boundaries(package: Path) -> None:
    """Let httpx choose each multipart boundary (see MULTIPART_HEADER_LINE)."""
    for module in sorted((package / "api").glob("*/*.py")):
        source = module.read_text(encoding="utf-8")
        if MULTIPART_HEADER_LINE in source:
            module.write_text(
                re.sub(r"[ \t]*" + re.escape(MULTIPART_HEADER_LINE), "", source),
                encoding="utf-8",
            )


def _lazy_models(init: Path) -> None:
    """Make the models package load each model on first use, not all of them on import.

    openapi-python-client's models/__init__.py imports every model; each endpoint module
    imports from the package, so the first call of any operation loaded all ~500 models
    (about 0.5 s). Type checkers still see every name.
    """
    _lazy_init(
        init, "Contains all the data models used in inputs/outputs, each loaded on first use."
    )


def _lazy_init(init: Path, docstring: str) -> None:
    """Rewrite a package __init__.py of `from .module import Name[, Name...]` lines so that
    each name is imported on first use (PEP 562 __getattr__); type checkers see them all."""
    source = init.read_text(encoding="utf-8")
    lines = re.findall(r"^from \.(\w+) import ([\w, ]+)$", source, flags=re.MULTILINE)
    imports = [(module, name.strip()) for module, names in lines for name in names.split(",")]
    rest = re.sub(r"^from \.\w+ import [\w, ]+\n", "", source, flags=re.MULTILINE)
    exports = rest[rest.index("__all__") :] if "__all__" in rest else ""
    if not imports or not exports:
        sys.exit(f"generator: {init} is not of the expected shape; update _lazy_init")
    checked = "".join(f"    from .{module} import {name}\n" for module, name in imports)
    table = "".join(f'    "{name}": ".{module}",\n' for module, name in imports)
    init.write_text(
        f'"""{docstring}"""\n\n'
        "import importlib\n"
        "from typing import TYPE_CHECKING, Any\n\n"
        f"if TYPE_CHECKING:\n{checked}\n"
        f"_MODULES = {{\n{table}}}\n\n\n"
        "def __getattr__(name: str) -> Any:\n"
        "    module = _MODULES.get(name)\n"
        "    if module is None:\n"
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n'
        "    value = getattr(importlib.import_module(module, __name__), name)\n"
        "    globals()[name] = value\n"
        "    return value\n\n\n" + exports,
        encoding="utf-8",
    )


def _import_unset(package: Path) -> None:
    """Import `Unset` where the pinned generator uses it without importing it.

    openapi-python-client 0.29.1 types a body with several media types `A | B | Unset` but
    imports only `UNSET`, so the module fails at import with a NameError.
    """
    for module in sorted((package / "api").glob("*/*.py")):
        source = module.read_text(encoding="utf-8")
        if re.search(r"\bUnset\b", source) and not re.search(
            r"^from \.\.\.types import .*\bUnset\b", source, re.M
        ):
            source = source.replace("from ...types import ", "from ...types import Unset, ", 1)
            module.write_text(source, encoding="utf-8")


def _request_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    """Each operation's form schema (JSON Schema 2020-12), to check arguments before sending."""
    operations: dict[str, Any] = {}
    for operation in _operations(spec):
        content = operation.get("requestBody", {}).get("content", {})
        # One schema per media type: a call is checked against the body it will send.
        operations[operation["operationId"]] = {
            MEDIA_NAMES[media_type]: {"$ref": media["schema"]["$ref"]}
            for media_type, media in content.items()
            if media_type in MEDIA_NAMES
        }
    defs = spec["components"]["schemas"]
    document = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$defs": defs,
        "operations": operations,
    }
    # Component references become references into this document's $defs.
    text = json.dumps(document, ensure_ascii=False, indent=1)
    return json.loads(text.replace('"#/components/schemas/', '"#/$defs/'))  # type: ignore[no-any-return]


def generate_client(spec: dict[str, Any], work: Path, out: Path) -> None:
    view_path = work / "openapi.client.yaml"
    view_path.write_text(yaml.safe_dump(client_view(spec), allow_unicode=True, sort_keys=False))
    target = work / "client" / CLIENT_PACKAGE
    _run(
        [
            _tool("openapi-python-client"),
            "generate",
            "--path",
            str(view_path),
            "--meta",
            "none",
            "--config",
            str(HERE / "client-config.yaml"),
            "--output-path",
            str(target),
        ],
        cwd=work,
    )
    _encode_json_form_fields(target, json_fields_by_operation(spec))
    _random_multipart_boundaries(target)
    _import_unset(target)
    _lazy_models(target / "models" / "__init__.py")
    # `import bge_private_client.api` (or .types) need not load the Client classes and attrs.
    _lazy_init(
        target / "__init__.py",
        "A client library for accessing BGE private platform (its names loaded on first use)",
    )
    (target / "request_schemas.json").write_text(
        json.dumps(_request_schemas(spec), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    _format(target, ".")
    _replace(target, out / CLIENT_DIR)


def generate_sandbox_models(spec_text: str, work: Path, out: Path) -> None:
    models = work / "models.py"
    bundled = work / SPEC.name
    bundled.write_text(spec_text, encoding="utf-8")
    # Run beside the bundle with a relative input path: the header names the input file.
    _run(
        [
            _tool("datamodel-codegen"),
            "--input",
            SPEC.name,
            "--input-file-type",
            "openapi",
            "--output",
            str(models),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--disable-timestamp",
            "--use-annotated",
            "--collapse-root-models",
            "--field-constraints",
            "--use-standard-collections",
            "--use-union-operator",
            "--use-schema-description",
            "--use-field-description",
            "--enum-field-as-literal",
            "none",
            "--no-formatters",
        ],
        cwd=work,
    )
    _format(work, models.name)
    (out / SANDBOX_MODELS).parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(models, out / SANDBOX_MODELS)
    shutil.copyfile(bundled, out / SANDBOX_SPEC)
    document = yaml.load(spec_text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    (out / SANDBOX_SPEC_JSON).write_text(
        json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )


def generate_sdk_methods(spec: dict[str, Any], work: Path, out: Path) -> None:
    """The wrapper's method layer (see generator/sdk.py), formatted like hand-written code."""
    source = work / SDK_METHODS.name
    source.write_text(render_sdk(spec), encoding="utf-8")
    _format(work, source.name, line_length=100)
    (out / SDK_METHODS).parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, out / SDK_METHODS)


def _format(cwd: Path, target: str, line_length: int = 120) -> None:
    """The pinned ruff with fixed settings, whatever configuration surrounds the output."""
    ruff = _tool("ruff")
    _run(
        [ruff, "check", "--fix-only", "--quiet", "--isolated", "--extend-select=I", target], cwd=cwd
    )
    _run(
        [ruff, "format", "--quiet", "--isolated", "--line-length", str(line_length), target],
        cwd=cwd,
    )


def _replace(source: Path, destination: Path) -> None:
    if destination.exists():
        shutil.rmtree(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(
        source, destination, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT,
        help="root under which to write the generated files (default: the repository)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="generate into a temporary folder and fail if the committed output differs",
    )
    args = parser.parse_args(argv)
    try:
        return _main(args)
    except BundleError as error:
        print(f"generator: {error}", file=sys.stderr)
        return 2


def _main(args: argparse.Namespace) -> int:
    if args.check:
        with tempfile.TemporaryDirectory(prefix="bge-check-") as tmp:
            generate(Path(tmp))
            differences = compare(Path(tmp), ROOT)
        if BUNDLE.read_text(encoding="utf-8") != bundle_text():
            differences.insert(0, "different: openapi.yaml (not what spec/ bundles to)")
        for line in differences:
            print(line)
        if differences:
            print(
                "check-generated: the working tree's generated files differ from what spec/ "
                "produces; run `make generate`"
            )
            return 1
        print(
            "check-generated: openapi.yaml and the generated files in the working tree are "
            "exactly what spec/ produces"
        )
        return 0
    if args.out.resolve() == ROOT:
        BUNDLE.write_text(bundle_text(), encoding="utf-8")
        print("bundled openapi.yaml from spec/")
    generate(args.out.resolve())
    for path in OUTPUTS:
        print(f"generated {path}")
    return 0


def generate(out: Path) -> None:
    """Everything generated from the spec, written under `out`, from spec/ as bundled now."""
    text = bundle_text()
    spec = yaml.safe_load(text)
    with tempfile.TemporaryDirectory(prefix="bge-generate-") as tmp:
        generate_client(spec, Path(tmp), out)
        generate_sandbox_models(text, Path(tmp), out)
        generate_sdk_methods(spec, Path(tmp), out)


def _files(root: Path, relative: Path) -> dict[Path, bytes]:
    base = root / relative
    if base.is_file():
        return {relative: base.read_bytes()}
    if not base.exists():
        return {}
    return {
        path.relative_to(root): path.read_bytes()
        for path in sorted(base.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def compare(expected_root: Path, actual_root: Path) -> list[str]:
    """Every generated file that is missing, extra or different under actual_root."""
    differences = []
    for relative in OUTPUTS:
        expected, actual = _files(expected_root, relative), _files(actual_root, relative)
        for path in sorted(expected.keys() | actual.keys()):
            if path not in actual:
                differences.append(f"missing:   {path}")
            elif path not in expected:
                differences.append(f"extra:     {path}")
            elif expected[path] != actual[path]:
                differences.append(f"different: {path}")
    return differences


if __name__ == "__main__":
    raise SystemExit(main())
