"""make tour: one documentation example per group, through PrivateAPI, on a fresh sandbox."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from bge_private_sandbox.spec import load_spec
from tour import tour_calls

ROOT = Path(__file__).resolve().parent.parent
GROUPS = [tag["name"] for tag in load_spec()["tags"]]


def test_the_tour_has_one_call_per_group_with_its_sdk_method() -> None:
    calls = tour_calls()
    assert [call.group for call in calls] == GROUPS
    spec_operations = {
        item["post"]["operationId"]: item["post"] for item in load_spec()["paths"].values()
    }
    for call in calls:
        operation = spec_operations[call.operation]
        assert operation["tags"][0] == call.group
        sdk = operation.get("x-sdk", {})
        declaration = sdk[0] if isinstance(sdk, list) else sdk
        assert call.method == declaration.get("method", call.operation)
    # Where the documentation covers a group, the tour shows its documented example.
    assert sum(call.kind != "sandbox call" for call in calls) >= 14


def test_make_tour_prints_a_result_for_every_group() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "tour.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    sections = re.split(r"^=== ", result.stdout, flags=re.M)[1:]
    assert [section.split(":", 1)[0] for section in sections] == GROUPS
    for section in sections:
        head, _, rest = section.partition("\n")
        call, _, output = rest.partition("\n--- returns\n")
        assert call.startswith("private."), head
        assert output.strip(), f"{head}: printed no result"
        assert "FAILED" not in section, section
    assert f"tour: {len(GROUPS)} of {len(GROUPS)} groups answered, 0 failed" in result.stdout
    assert "sandbox stopped (exit status 0)" in result.stdout
