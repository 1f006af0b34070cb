"""Bundle spec/ (base.yaml and one file per tag under groups/) into the top-level openapi.yaml.

openapi.yaml is the file other languages generate from; spec/ is where it is written. Each
group file holds the `paths` and `components` of one tag; the order of `tags` in base.yaml is the
order of the bundle. A name defined twice, a group without a tag or a tag without a group stops
the bundle.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
BUNDLE = ROOT / "openapi.yaml"
HEADER = (
    "# Bundled from spec/ by generator/bundle.py (`make generate`): edit spec/, not this file.\n"
)
GROUP_KEYS = frozenset({"paths", "components"})


class BundleError(ValueError):
    """spec/ cannot be bundled (a duplicate name, a missing or unknown group)."""


class _Dumper(yaml.SafeDumper):
    """Block style, multi-line text as literal blocks, no aliases: a bundle people can read."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def dump(document: Any) -> str:
    return yaml.dump(
        document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2
    )


class _StrictLoader(yaml.SafeLoader):
    """safe_load that refuses a key given twice in one mapping (YAML would keep the last)."""


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: set[Any] = set()
    for key_node, _value in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            mark = key_node.start_mark
            raise BundleError(f"{key!r} is given twice in one mapping (line {mark.line + 1})")
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def _load(path: Path) -> dict[str, Any]:
    try:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)
    except BundleError as error:
        raise BundleError(f"{path.relative_to(ROOT)}: {error}") from None
    if not isinstance(document, dict):
        raise BundleError(f"{path.relative_to(ROOT)}: not a mapping")
    return document


def _merge(into: dict[str, Any], more: dict[str, Any], where: str) -> None:
    for name, value in more.items():
        if name in into:
            raise BundleError(f"{where}: {name!r} is already defined elsewhere in spec/")
        into[name] = value


def bundle(spec_dir: Path = SPEC_DIR) -> dict[str, Any]:
    """The whole spec as one document."""
    document = _load(spec_dir / "base.yaml")
    tags = [tag["name"] for tag in document.get("tags", [])]
    files = {path.stem: path for path in sorted((spec_dir / "groups").glob("*.yaml"))}
    unknown = sorted(set(files) - set(tags))
    if unknown:
        raise BundleError(f"spec/groups/ has files for tags base.yaml does not list: {unknown}")
    missing = sorted(set(tags) - set(files))
    if missing:
        raise BundleError(f"base.yaml lists tags with no file under spec/groups/: {missing}")
    paths: dict[str, Any] = {}
    components: dict[str, dict[str, Any]] = document.setdefault("components", {})
    for tag in tags:
        group = _load(files[tag])
        where = f"spec/groups/{tag}.yaml"
        extra = sorted(set(group) - GROUP_KEYS)
        if extra:
            raise BundleError(f"{where}: only paths and components belong here, not {extra}")
        _merge(paths, group.get("paths") or {}, where)
        for section, entries in (group.get("components") or {}).items():
            _merge(components.setdefault(section, {}), entries or {}, f"{where} ({section})")
    ordered = {key: value for key, value in document.items() if key != "components"}
    ordered["paths"] = paths
    ordered["components"] = components
    return ordered


def bundle_text(spec_dir: Path = SPEC_DIR) -> str:
    return HEADER + dump(bundle(spec_dir))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if openapi.yaml is stale")
    args = parser.parse_args(argv)
    try:
        text = bundle_text()
    except BundleError as error:
        print(f"bundle: {error}", file=sys.stderr)
        return 2
    if args.check:
        if BUNDLE.read_text(encoding="utf-8") != text:
            print("bundle: openapi.yaml differs from what spec/ bundles to; run `make generate`")
            return 1
        print("bundle: openapi.yaml is exactly what spec/ bundles to")
        return 0
    BUNDLE.write_text(text, encoding="utf-8")
    print(f"bundled {BUNDLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
