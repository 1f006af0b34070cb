"""The documentation's examples: verbatim in examples/seeds, and printing what it shows."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bge_private import PrivateAPI
from conftest import BIOSAMPLE_ID, Sandbox
from seed_examples import Example, examples

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "data" / "seeds"  # the documentation pages; see tests/data/README.md
README = SEEDS.parent / "README.md"
SECTION = re.compile(r"^## (\w+)\n(.*?)(?=^## |\Z)", re.MULTILINE | re.DOTALL)
FENCE = re.compile(r"```(\w+)\n(.*?)```", re.DOTALL)


def documented() -> dict[str, tuple[str, str]]:
    """method → (Python code, printed output) from the documentation pages."""
    pages: dict[str, tuple[str, str]] = {}
    for page in sorted(SEEDS.glob("*.txt")):
        for method, body in SECTION.findall(page.read_text(encoding="utf-8")):
            blocks = FENCE.findall(body)
            code = next(text for lang, text in blocks if lang == "python")
            output = next(text for lang, text in blocks if lang == "json")
            pages[method] = (code, output)
    return pages


def printed_values(text: str) -> list[Any]:
    """The values in printed output: JSON documents one after another, or Model(...) reprs."""
    text = text.strip()
    if text.startswith("Model("):
        return [eval(text, {"__builtins__": {}}, {"Model": lambda d: d})]  # our own test output
    decoder, values, position = json.JSONDecoder(), [], 0
    while position < len(text):
        value, position = decoder.raw_decode(text, position)
        values.append(value)
        while position < len(text) and text[position].isspace():
            position += 1
    return values


ALL = examples()


def test_documentation_pages_are_the_recorded_copies() -> None:
    # tests/data/README.md records each page's SHA-256: the copies are verbatim, edits deliberate.
    listed = dict(
        re.findall(r"^\| `(\S+\.txt)` \| `([0-9a-f]{64})` \|$", README.read_text("utf-8"), re.M)
    )
    pages = {page.name: page for page in SEEDS.glob("*.txt")}
    assert listed, "tests/data/README.md lists no page"
    assert set(pages) == set(listed)
    for name, page in pages.items():
        assert hashlib.sha256(page.read_bytes()).hexdigest() == listed[name], name


def test_examples_are_the_documentation_verbatim() -> None:
    pages = documented()
    assert len(pages) == len(ALL) == 8
    assert {example.method for example in ALL} == set(pages)
    for example in ALL:
        assert example.code == pages[example.method][0], example.method


@pytest.mark.parametrize("example", ALL, ids=[e.method for e in ALL])
def test_example_prints_what_the_documentation_shows(
    example: Example, start_sandbox: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    server: Sandbox = start_sandbox()  # pristine fixtures: improve_sample must not have run yet
    example.run(PrivateAPI, server.app_key, server.app_secret, server.url)
    ours = printed_values(capsys.readouterr().out)
    theirs = printed_values(documented()[example.method][1])
    if example.method == "register_sample":
        # A new sample gets a new id; the shape is what the documentation shows.
        assert [set(v) for v in ours] == [set(v) for v in theirs] == [{"biosample_id"}]
        assert BIOSAMPLE_ID.match(ours[0]["biosample_id"])
    else:
        assert ours == theirs


def test_demo_runs_every_example_and_leaves_no_process() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    for example in ALL:
        assert f"=== {example.method}" in result.stdout
    assert "Model({'total': 22})" in result.stdout
    assert "sandbox stopped (exit status 0)" in result.stdout
    folder = re.search(r"fresh database in (\S+)\)", result.stdout)
    assert folder is not None
    assert not Path(folder.group(1)).exists(), "the demo's temporary folder is removed"
    lingering = [p for p in Path("/proc").glob("[0-9]*") if folder.group(1) in _cmdline(p)]
    assert lingering == [], "no sandbox process is left behind"


def _cmdline(process: Path) -> str:
    try:
        return (process / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""
