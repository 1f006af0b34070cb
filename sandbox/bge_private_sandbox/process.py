"""Run the sandbox in a subprocess on a free loopback port: for demos, tests and your own tests."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Self

from .credentials import DEMO_APP_SECRET

START_TIMEOUT_SECONDS = 30.0
STOP_TIMEOUT_SECONDS = 5.0
LISTENING = re.compile(
    r"^bge-private-sandbox listening on (http://127\.0\.0\.1:\d+) \(app_key (\S+), db (.+)\)$",
    re.MULTILINE,
)


class SandboxStartError(RuntimeError):
    """The sandbox subprocess did not start; the message holds its stderr."""


@dataclass
class SandboxProcess:
    """A running sandbox subprocess and what a client needs to reach it."""

    url: str
    app_key: str
    app_secret: str
    db_path: Path
    process: subprocess.Popen[bytes]
    stdout_path: Path
    stderr_path: Path
    args: tuple[str, ...] = field(default=())

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> int:
        """Terminate the process (SIGTERM, then SIGKILL after 5 s); return its exit status."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(STOP_TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _option(args: tuple[str, ...], name: str, default: str) -> str:
    return args[args.index(name) + 1] if name in args else default


def start_sandbox(
    directory: Path, *extra_args: str, timeout: float = START_TIMEOUT_SECONDS
) -> SandboxProcess:
    """Start `python -m bge_private_sandbox serve` on 127.0.0.1, its database in `directory`.

    Output goes to files rather than pipes: a pipe nobody reads would fill up and stall the
    server. Returns once the listening line is printed; raises SandboxStartError (with the
    server's stderr) if it is not printed within `timeout` seconds.
    """
    directory.mkdir(parents=True, exist_ok=True)
    db_path = directory / "sandbox.db"
    stdout_path, stderr_path = directory / "stdout.txt", directory / "stderr.txt"
    command = [
        sys.executable,
        "-m",
        "bge_private_sandbox",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--db",
        str(db_path),
        *extra_args,
    ]
    with stdout_path.open("wb") as stdout, stderr_path.open("wb") as stderr:
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    while True:
        match = LISTENING.search(stdout_path.read_text(encoding="utf-8", errors="replace"))
        if match is not None:
            break
        if process.poll() is not None or time.monotonic() > deadline:
            if process.poll() is None:
                process.kill()
                process.wait()
            raise SandboxStartError(
                f"the sandbox did not start (exit status {process.returncode}); stderr:\n"
                + stderr_path.read_text(encoding="utf-8", errors="replace")
            )
        time.sleep(0.05)
    return SandboxProcess(
        url=match.group(1),
        app_key=match.group(2),
        app_secret=_option(tuple(extra_args), "--app-secret", DEMO_APP_SECRET),
        db_path=db_path,
        process=process,
        stdout_path=stdout_path,
        stderr_path=stderr_path,
        args=tuple(extra_args),
    )
