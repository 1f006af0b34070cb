"""The README's statements about the project's own files still hold."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from spec_document import load_spec

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")


def _names(requirements: list[str]) -> list[str]:
    return [re.split(r"[<>=!~ ;\[]", requirement, maxsplit=1)[0] for requirement in requirements]


@pytest.mark.parametrize(
    ("pyproject", "sentence"),
    [
        ("pyproject.toml", r"The SDK's runtime dependencies are (.*?)\s\(`pyproject\.toml`\)"),
        ("sandbox/pyproject.toml", r"The sandbox adds (.*?)\s\(`sandbox/pyproject\.toml`\)"),
    ],
)
def test_readme_lists_the_runtime_dependencies(pyproject: str, sentence: str) -> None:
    declared = tomllib.loads((ROOT / pyproject).read_text("utf-8"))["project"]["dependencies"]
    match = re.search(sentence, README, re.DOTALL)
    assert match, f"README.md no longer has the sentence listing {pyproject}'s dependencies"
    listed = re.findall(r"`([^`]+)`", match.group(1))
    assert sorted(listed) == sorted(_names(declared))


def test_readme_links_the_api_reference() -> None:
    assert "[`docs/api.html`](docs/api.html)" in README
    assert (ROOT / "docs" / "api.html").is_file()


def test_readme_lists_the_operations_with_an_external_effect() -> None:

    spec = load_spec()
    marked = [
        item["post"]["operationId"]
        for item in spec["paths"].values()
        if item["post"].get("x-external-effect")
    ]
    match = re.search(
        r"They are the (\d+) marked\s+`x-external-effect: true` in `openapi\.yaml`: (.*?)\.\s",
        README,
        re.DOTALL,
    )
    assert match, "README.md no longer lists the operations with an external effect"
    assert int(match.group(1)) == len(marked)
    assert sorted(re.findall(r"`([^`]+)`", match.group(2))) == sorted(marked)
