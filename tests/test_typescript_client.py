"""The TypeScript client (clients/typescript) calls every operation of openapi.yaml on a sandbox.

`make test-ts` builds the client first (tsc) and runs this file; the node script starts nothing,
the sandbox is started here, on 127.0.0.1.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from bge_private_sandbox.process import start_sandbox
from spec_document import load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
SCRIPT = ROOT / "clients" / "typescript" / "build" / "test" / "operations.js"
METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}

pytestmark = pytest.mark.skipif(
    not SCRIPT.exists() and not os.environ.get("BGE_REQUIRE_TS"),
    reason="the TypeScript client is not built; `make test-ts` builds it and runs this file",
)


def _operation_count() -> int:
    spec = load_spec()
    return sum(len(METHODS & set(item)) for item in spec["paths"].values())


def _run(tmp_path: Path, secret: str | None = None) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    assert node is not None, "node is not on PATH"
    with start_sandbox(tmp_path) as sandbox:
        env = dict(
            os.environ, BGE_APP_KEY=sandbox.app_key, BGE_APP_SECRET=secret or sandbox.app_secret
        )
        return subprocess.run(
            [node, str(SCRIPT), str(SPEC), sandbox.url],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )


def test_every_operation_from_typescript(tmp_path: Path) -> None:
    result = _run(tmp_path)
    print(result.stdout, end="")
    total = _operation_count()
    assert total > 0
    summary = f"operations called from TypeScript {total}/{total}"
    assert summary in result.stdout.splitlines(), result.stdout + result.stderr
    assert result.returncode == 0, result.stderr


def test_a_wrong_secret_fails_every_operation(tmp_path: Path) -> None:
    """The check can fail: the sandbox refuses the signatures and the script says so."""
    result = _run(tmp_path, secret="not-the-secret")
    total = _operation_count()
    assert f"operations called from TypeScript 0/{total}" in result.stdout.splitlines()
    assert "code 40103" in result.stdout
    assert "not-the-secret" not in result.stdout + result.stderr
    assert result.returncode == 1
