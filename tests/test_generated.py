"""The generated code is exactly what spec/ produces, and a hand edit is caught."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COPIED = [
    "openapi.yaml",
    "spec",
    "generator",
    "wrapper/bge_private/_generated.py",
    "generated_client",
    "sandbox/bge_private_sandbox",
]


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "generator" / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def copy_of_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("repo")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, root / name)
    return root


def test_committed_output_matches_the_spec(copy_of_repo: Path) -> None:
    result = _check(copy_of_repo)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "exactly what spec/ produces" in result.stdout


def test_hand_edit_of_generated_code_fails_the_check(copy_of_repo: Path) -> None:
    edited = copy_of_repo / "generated_client/bge_private_client/api/sample/get_samples.py"
    original = edited.read_text()
    edited.write_text(original.replace('"url": "/openbge/samples"', '"url": "/openbge/sample"'))
    try:
        result = _check(copy_of_repo)
    finally:
        edited.write_text(original)
    assert result.returncode == 1
    assert (
        "different: generated_client/bge_private_client/api/sample/get_samples.py" in result.stdout
    )


def test_extra_and_missing_generated_files_fail_the_check(copy_of_repo: Path) -> None:
    package = copy_of_repo / "generated_client/bge_private_client"
    (package / "hand_written.py").write_text("x = 1\n")
    moved = package / "models" / "pagination.py"
    moved.rename(moved.with_suffix(".bak"))
    try:
        result = _check(copy_of_repo)
    finally:
        (package / "hand_written.py").unlink()
        moved.with_suffix(".bak").rename(moved)
    assert result.returncode == 1
    assert "extra:     generated_client/bge_private_client/hand_written.py" in result.stdout
    assert "missing:   generated_client/bge_private_client/models/pagination.py" in result.stdout


def test_stale_bundle_fails_the_check(copy_of_repo: Path) -> None:
    bundle = copy_of_repo / "openapi.yaml"
    original = bundle.read_text(encoding="utf-8")
    bundle.write_text(original.replace("summary: Register a new sample", "summary: Edited"))
    try:
        result = _check(copy_of_repo)
    finally:
        bundle.write_text(original, encoding="utf-8")
    assert result.returncode == 1
    assert "different: openapi.yaml (not what spec/ bundles to)" in result.stdout


def test_a_name_defined_twice_in_spec_stops_the_bundle(copy_of_repo: Path) -> None:
    group = copy_of_repo / "spec" / "groups" / "wechat.yaml"
    original = group.read_text(encoding="utf-8")
    duplicate = "components:\n  schemas:\n    Envelope: {type: object}\n"
    group.write_text(original.replace("components:\n  schemas:\n", duplicate, 1))
    try:
        result = _check(copy_of_repo)
    finally:
        group.write_text(original, encoding="utf-8")
    assert result.returncode != 0
    assert "'Envelope' is already defined elsewhere in spec/" in result.stderr
