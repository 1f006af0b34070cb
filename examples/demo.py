"""make demo: start a sandbox, run every documented example through PrivateAPI, stop the sandbox."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bge_private import PrivateAPI
from bge_private_sandbox import DEMO_APP_KEY, DEMO_APP_SECRET
from bge_private_sandbox.process import SandboxStartError, start_sandbox
from seed_examples import examples


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bge-demo-") as folder:
        try:
            sandbox = start_sandbox(Path(folder))
        except SandboxStartError as error:
            print(error, file=sys.stderr)
            return 1
        with sandbox:
            print(f"sandbox: {sandbox.url} (fresh database in {folder})")
            print(f"app_key: {DEMO_APP_KEY}\n")
            for example in examples():
                print(f"=== {example.method}  ({example.path.relative_to(Path.cwd())})")
                print(example.code.rstrip())
                print("--- output")
                example.run(PrivateAPI, DEMO_APP_KEY, DEMO_APP_SECRET, sandbox.url)
                print()
        print(f"sandbox stopped (exit status {sandbox.process.returncode})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
