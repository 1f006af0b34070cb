"""The sandbox's command line and server: failures in one line, the socket, request deadlines."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from bge_private import PrivateAPI
from bge_private_sandbox import __version__
from bge_private_sandbox.cli import listening_socket, main
from conftest import StartSandbox


def run_cli(*args: str, timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
    """`python -m bge_private_sandbox ARGS`, as a user runs it; its output captured."""
    return subprocess.run(
        [sys.executable, "-m", "bge_private_sandbox", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def serve(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`serve` on a free loopback port with a database in tmp_path, unless `args` say otherwise."""
    defaults = {"--host": "127.0.0.1", "--port": "0", "--db": str(tmp_path / "sandbox.db")}
    for name in args:
        defaults.pop(name, None)
    return run_cli("serve", *(part for pair in defaults.items() for part in pair), *args)


def one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    """The single line a failed command printed; fails unless it failed with exactly that."""
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("bge-private-sandbox: error: ")
    return lines[0]


def usage_error(done: subprocess.CompletedProcess[str]) -> str:
    """An argument error: serve's usage, then the one line saying what is wrong."""
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert lines[0].startswith("usage: bge-private-sandbox serve ")
    errors = [line for line in lines if "error:" in line]
    assert errors == [lines[-1]]
    assert lines[-1].startswith("bge-private-sandbox serve: error: ")
    return lines[-1]


# ---------------------------------------------------------------------- failing in one line


def test_a_port_in_use(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        line = one_line_error(serve(tmp_path, "--port", str(port)))
    assert f"127.0.0.1:{port}" in line
    assert "in use" in line
    assert not (tmp_path / "sandbox.db").exists(), "nothing is created when it cannot listen"


@pytest.mark.parametrize("port", ["70000", "65536", "-1", "eighty"])
def test_a_port_outside_0_to_65535(tmp_path: Path, port: str) -> None:
    line = usage_error(serve(tmp_path, "--port", port))
    assert "--port" in line
    assert port in line


def test_an_unresolvable_host(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Resolving a made-up name would ask a DNS server; the resolver's failure is staged instead.
    def no_such_name(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    assert main(["serve", "--host", "sandbox.invalid", "--db", ":memory:"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    reason = "cannot listen on --host sandbox.invalid: Name or service not known"
    assert err == f"bge-private-sandbox: error: {reason}\n"


def test_an_address_that_is_not_this_machines(tmp_path: Path) -> None:
    # 192.0.2.1 is TEST-NET-1: no machine has it, and binding to it sends nothing anywhere.
    line = one_line_error(serve(tmp_path, "--host", "192.0.2.1"))
    assert "192.0.2.1" in line


def test_a_db_that_is_a_directory(tmp_path: Path) -> None:
    line = one_line_error(serve(tmp_path, "--db", str(tmp_path)))
    reason = f"--db {tmp_path} is a directory; give the path of a database file"
    assert line == f"bge-private-sandbox: error: {reason}"


def test_a_db_that_cannot_be_opened(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    path = blocker / "sandbox.db"
    line = one_line_error(serve(tmp_path, "--db", str(path)))
    assert f"cannot open --db {path}" in line
    deeper = blocker / "sub" / "sandbox.db"
    assert f"cannot open --db {deeper}" in one_line_error(serve(tmp_path, "--db", str(deeper)))


def test_a_db_that_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("these are my notes, not a database\n" * 100)
    line = one_line_error(serve(tmp_path, "--db", str(path)))
    assert (
        line == f"bge-private-sandbox: error: cannot open --db {path}: it is not a SQLite database"
    )
    assert path.read_text().startswith("these are my notes"), "the file is left as it was"


def _read_only_command() -> list[str]:
    """How to run a process for which a file without write permission is read-only."""
    if os.geteuid() != 0:
        return []
    # root writes to any file (CAP_DAC_OVERRIDE): give it up for the child, as a user has none.
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip(
            "running as root, and setpriv (util-linux) is not there to drop CAP_DAC_OVERRIDE"
        )
    return [setpriv, "--bounding-set", "-dac_override", "--inh-caps", "-dac_override"]


def test_a_read_only_db_is_refused_at_start(tmp_path: Path, start_sandbox: StartSandbox) -> None:
    # A sandbox database, made by a sandbox, then made read-only.
    first = start_sandbox()
    assert first.stop() == 0
    first.db_path.chmod(0o444)
    command = [*_read_only_command(), sys.executable, "-m", "bge_private_sandbox", "serve"]
    command += ["--port", "0", "--db", str(first.db_path)]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL
    )
    line = one_line_error(done)
    assert line == (
        f"bge-private-sandbox: error: cannot open --db {first.db_path}: it is read-only; "
        "the sandbox writes to its database"
    )


def test_a_bad_flag_shows_the_usage_of_serve(tmp_path: Path) -> None:
    line = usage_error(serve(tmp_path, "--bad-flag"))
    assert line == "bge-private-sandbox serve: error: unrecognized arguments: --bad-flag"


def test_version() -> None:
    done = run_cli("--version")
    assert done.returncode == 0
    assert done.stdout == f"bge-private-sandbox {__version__}\n"


def test_the_listening_line_names_the_db(start_sandbox: StartSandbox) -> None:
    server = start_sandbox()
    line = server.stdout_path.read_text(encoding="utf-8").strip()
    assert line.endswith(f", db {server.db_path.resolve()})")
    assert server.db_path.exists()


# ---------------------------------------------------------------------- the listening socket


def test_accepted_connections_have_tcp_nodelay() -> None:
    """Without TCP_NODELAY, every answer on a kept-alive connection waits for a delayed ACK.

    asyncio sets it on the sockets it accepts only when the listening socket's protocol is
    IPPROTO_TCP; uvicorn serves the CLI's socket through asyncio's create_server, as here.
    """
    sock = listening_socket("127.0.0.1", 0)
    assert sock.proto == socket.IPPROTO_TCP
    seen: list[int] = []

    class Probe(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            accepted = transport.get_extra_info("socket")
            seen.append(accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    async def accept_one() -> None:
        server = await asyncio.get_running_loop().create_server(Probe, sock=sock)
        async with server:
            port = sock.getsockname()[1]
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            while not seen:
                await asyncio.sleep(0.01)
            writer.close()

    asyncio.run(asyncio.wait_for(accept_one(), 30))
    assert seen and seen[0] != 0


def test_private_api_on_one_connection(start_sandbox: StartSandbox) -> None:
    # Correctness only (speed is make bench's): many calls on one kept-alive connection.
    server = start_sandbox()
    with PrivateAPI(server.app_key, server.app_secret, endpoint=server.url) as api:
        for _ in range(20):
            (sample,) = api.get_samples(biosample_id="E-B19137107158")["result"]
            assert sample["biosample_id"] == "E-B19137107158"


# ---------------------------------------------------------------------- slow and many clients


def _read_until_closed(sock: socket.socket, limit: float = 20.0) -> bytes:
    """Everything the server sends until it closes the connection (fails after `limit` s)."""
    sock.settimeout(limit)
    received = b""
    try:
        while chunk := sock.recv(65536):
            received += chunk
    except ConnectionResetError:
        # Closed with our request unread in its buffer: the kernel sends a reset, not a FIN.
        pass
    return received


def test_a_request_whose_headers_trickle_in_is_cut_off(start_sandbox: StartSandbox) -> None:
    server = start_sandbox("--request-timeout", "1")
    port = int(server.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(b"POST /openbge/samples HTTP/1.1\r\n")
        for header in (
            b"Host: 127.0.0.1\r\n",
            b"Content-Type: application/x-www-form-urlencoded\r\n",
        ):
            time.sleep(0.3)
            sock.sendall(header)
        answer = _read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert "Traceback" not in server.stderr()


def test_an_idle_connection_is_closed_silently(start_sandbox: StartSandbox) -> None:
    server = start_sandbox("--request-timeout", "1")
    port = int(server.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port)) as sock:
        assert _read_until_closed(sock) == b""


def test_a_body_that_trickles_in_is_cut_off(start_sandbox: StartSandbox) -> None:
    server = start_sandbox("--request-timeout", "1")
    port = int(server.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(
            b"POST /openbge/samples HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n"
            b"\r\nuser_id=5"
        )
        answer = _read_until_closed(sock)
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408 ")
    assert b"connection: close" in head.lower()
    assert b'"code":40001' in body
    assert b"did not arrive within 1 s" in body


def test_a_request_on_time_still_works_after_a_slow_one(start_sandbox: StartSandbox) -> None:
    server = start_sandbox("--request-timeout", "1")
    with PrivateAPI(server.app_key, server.app_secret, endpoint=server.url) as api:
        assert api.question_size(user_id="5c033e04f89dd15e44d48b7d")["total"] == 22
        # Longer than the deadline between two requests of a kept-alive connection: the
        # server closes it (a request's deadline starts when the previous answer ends), and
        # the client opens a new one.
        time.sleep(1.5)
        assert api.question_size(user_id="5c033e04f89dd15e44d48b7d")["total"] == 22


def test_connections_over_the_cap_are_refused_at_once(start_sandbox: StartSandbox) -> None:
    server = start_sandbox("--max-connections", "3", "--request-timeout", "60")
    port = int(server.url.rsplit(":", 1)[1])
    held = [socket.create_connection(("127.0.0.1", port)) for _ in range(3)]
    try:
        with socket.create_connection(("127.0.0.1", port)) as extra:
            answer = _read_until_closed(extra)
        assert answer.startswith(b"HTTP/1.1 503 ")
        assert b"retry-after: 1" in answer.lower()
    finally:
        for sock in held:
            sock.close()
    # Once they are gone there is room again (the server notices the closes in its own time).
    deadline = time.monotonic() + 20
    while True:
        try:
            answer = httpx.post(server.url + "/openbge/samples", data={"x": "1"}, timeout=5)
            break
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    assert answer.status_code == 200
    assert answer.json()["code"] == 40101


@pytest.mark.parametrize(
    "option, value",
    [
        ("--request-timeout", "0"),
        ("--request-timeout", "-1"),
        ("--max-connections", "0"),
        ("--rate-limit", "-5"),
    ],
)
def test_limits_out_of_range_are_refused(tmp_path: Path, option: str, value: str) -> None:
    assert option in usage_error(serve(tmp_path, option, value))


def test_an_older_sandbox_db_gains_the_nonce_table(start_sandbox: StartSandbox) -> None:
    # An existing SQLite file of the sandbox's, from an older version without the nonce table,
    # gains it on open (it is made on every open).
    server = start_sandbox()
    assert server.stop() == 0
    with sqlite3.connect(server.db_path) as conn:
        conn.execute("DROP TABLE nonces")
    again = start_sandbox("--db", str(server.db_path))
    with PrivateAPI(again.app_key, again.app_secret, endpoint=again.url) as api:
        assert api.question_size(user_id="5c033e04f89dd15e44d48b7d")["total"] == 22


def test_300_slow_clients_under_a_256_descriptor_limit(tmp_path: Path) -> None:
    """The probe of issue 12: slow connections once took every descriptor and locked others out."""
    import resource

    def low_limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))

    command = [sys.executable, "-m", "bge_private_sandbox", "serve", "--port", "0"]
    command += ["--db", str(tmp_path / "sandbox.db"), "--request-timeout", "5"]
    stderr_path = tmp_path / "stderr.txt"
    with stderr_path.open("wb") as stderr:
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=stderr,
            stdin=subprocess.DEVNULL,
            preexec_fn=low_limit,
        )
    slow: list[socket.socket] = []
    try:
        assert process.stdout is not None
        url = process.stdout.readline().decode().split()[3]
        port = int(url.rsplit(":", 1)[1])
        for _ in range(300):
            sock = socket.create_connection(("127.0.0.1", port))
            sock.sendall(b"POST /openbge/samples HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            slow.append(sock)
        # While they are held, others are answered at once (503, retry), not left hanging.
        busy = httpx.post(url + "/openbge/samples", data={"x": "1"}, timeout=10)
        assert busy.status_code == 503
        assert busy.headers["retry-after"] == "1"
        # The server lets go of every slow one (within the deadline, or at once when over the cap).
        for sock in slow:
            _read_until_closed(sock)
        answer = httpx.post(url + "/openbge/samples", data={"x": "1"}, timeout=10)
        assert answer.status_code == 200
        assert answer.json()["code"] == 40101
        assert process.poll() is None
    finally:
        for sock in slow:
            sock.close()
        process.terminate()
        process.wait(10)
    log = stderr_path.read_text()
    assert "Traceback" not in log
    assert "the open-file limit is 256: at most 64 connections at once, not 128" in log
