"""The `bge-private-sandbox` command: `serve` runs the sandbox with uvicorn."""

from __future__ import annotations

import argparse
import asyncio
import errno
import logging
import os
import signal
import socket
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

import uvicorn

from . import __version__
from .app import create_app
from .auth import DEFAULT_RATE_LIMIT, RateLimit
from .credentials import DEMO_APP_KEY, DEMO_APP_SECRET
from .faults import DEFAULT_DELAY_SECONDS, FaultConfig
from .forms import DEFAULT_REQUEST_TIMEOUT_SECONDS
from .server import (
    DEFAULT_MAX_CONNECTIONS,
    LISTEN_BACKLOG,
    fit_connections,
    guarded_h11_protocol,
    quiet_out_of_descriptors,
)
from .store import MEMORY, Store

PROG = "bge-private-sandbox"


class CommandError(Exception):
    """A reason the command cannot run, said in one line; the exit status is 2."""


def default_db_path() -> Path:
    """The per-user database file: $XDG_DATA_HOME/bge-private-sandbox/sandbox.db."""
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "bge-private-sandbox" / "sandbox.db"


def _fault_rate(text: str) -> float:
    rate = float(text)
    if not 0.0 <= rate <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return rate


def _non_negative(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative, got {text}")
    return value


def _positive(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, got {text}")
    return value


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"must be between 0 and 65535, got {text}")
    return port


def _count(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None
    if count < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {text}")
    return count


def _rate(text: str) -> float:
    rate = float(text)
    if not rate >= 0:
        raise argparse.ArgumentTypeError(f"must not be negative, got {text}")
    return rate


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="A local, stateful copy of the BGE private platform.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve = commands.add_parser("serve", help="serve the sandbox over HTTP")
    # main() reports a stray argument with the usage of the command it was given to.
    serve.set_defaults(command_parser=serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (%(default)s)")
    serve.add_argument(
        "--port",
        type=_port,
        default=8000,
        help="port to listen on; 0 picks a free one (%(default)s)",
    )
    serve.add_argument(
        "--db",
        default=None,
        help=f"SQLite file holding the state, created with the fixtures on first start, or "
        f"{MEMORY} (default: {default_db_path()})",
    )
    serve.add_argument("--app-key", default=DEMO_APP_KEY, help="the app key to accept (demo key)")
    serve.add_argument(
        "--app-secret",
        default=DEMO_APP_SECRET,
        help="the app secret of that key (default: the demo secret)",
    )
    serve.add_argument(
        "--faults",
        type=_fault_rate,
        default=0.0,
        metavar="RATE",
        help="share of operation requests to fail on purpose, 0 to 1 (%(default)s)",
    )
    serve.add_argument(
        "--fault-seed", type=int, default=0, metavar="N", help="seed choosing the faults"
    )
    serve.add_argument(
        "--fault-delay",
        type=_non_negative,
        default=DEFAULT_DELAY_SECONDS,
        metavar="SECONDS",
        help="how long a `slow` fault waits (%(default)s)",
    )
    serve.add_argument(
        "--rate-limit",
        type=_rate,
        default=DEFAULT_RATE_LIMIT.per_second,
        metavar="PER_SECOND",
        help="signed requests per second each app key may make, on average, before it is "
        "answered 42901 with Retry-After; bursts of as many are allowed; 0 for no limit "
        "(%(default)g)",
    )
    serve.add_argument(
        "--request-timeout",
        type=_positive,
        default=DEFAULT_REQUEST_TIMEOUT_SECONDS,
        metavar="SECONDS",
        help="how long a connection may take to send a request's headers, and then its body, "
        "before it is closed (%(default)g)",
    )
    serve.add_argument(
        "--max-connections",
        type=_count,
        default=DEFAULT_MAX_CONNECTIONS,
        metavar="N",
        help="open connections at most (fewer if the open-file limit is low); one more is "
        "answered 503 and closed (%(default)s)",
    )
    serve.add_argument("--access-log", action="store_true", help="log every request to stdout")
    serve.add_argument(
        "--log-level",
        default="warning",
        choices=["critical", "error", "warning", "info", "debug"],
        help="uvicorn's log level, on stderr (%(default)s)",
    )
    return parser


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to `host`:`port` and listening; CommandError says why it cannot be."""
    try:
        found = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP, flags=socket.AI_PASSIVE
        )
    except socket.gaierror as exc:
        raise CommandError(f"cannot listen on --host {host}: {exc.strerror}") from None
    # A name with both kinds of address (localhost) gets IPv4, as the listening line shows it.
    found.sort(key=lambda entry: entry[0] != socket.AF_INET)
    family, kind, proto, _, address = found[0]
    # The protocol must be named: asyncio sets TCP_NODELAY only on sockets whose proto is
    # IPPROTO_TCP, and without it every answer waits ~40 ms for the client's delayed ACK.
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind(address)
        # Listening now means a client that reads the port from our first line can connect at once.
        sock.listen(LISTEN_BACKLOG)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            reason = "the port is in use; stop what listens there, or pick another --port (0: any)"
        elif exc.errno == errno.EADDRNOTAVAIL:
            reason = "that address is not one of this machine's"
        else:
            reason = exc.strerror or str(exc)
        raise CommandError(f"cannot listen on {host}:{port}: {reason}") from None
    return sock


def open_store(db: str) -> Store:
    """The Store in file `db` (or in memory); CommandError names the path and what is wrong."""
    if db == MEMORY:
        return Store(MEMORY)
    path = Path(db).expanduser()
    if path.is_dir():
        raise CommandError(f"--db {path} is a directory; give the path of a database file")
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise CommandError(f"cannot open --db {path}: {folder} is not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise CommandError(
            f"cannot open --db {path}: cannot make folder {folder} ({reason})"
        ) from None
    try:
        return Store(path)
    except sqlite3.DatabaseError as exc:
        text = str(exc)
        if "readonly" in text or "read-only" in text:
            reason = "it is read-only; the sandbox writes to its database"
        elif "not a database" in text:
            reason = "it is not a SQLite database"
        else:
            reason = text
        raise CommandError(f"cannot open --db {path}: {reason}") from None


def _log_to_stderr(level: str) -> None:
    # uvicorn configures only its own loggers; the sandbox's (faults, internal errors) need one.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s:     %(name)s: %(message)s"))
    logger = logging.getLogger(__package__)
    logger.addHandler(handler)
    logger.setLevel(level.upper())
    logger.propagate = False


def serve(args: argparse.Namespace) -> int:
    db = str(default_db_path()) if args.db is None else args.db
    sock = listening_socket(args.host, args.port)
    try:
        store = open_store(db)
    except BaseException:
        sock.close()
        raise
    _log_to_stderr(args.log_level)
    faults = (
        FaultConfig(rate=args.faults, seed=args.fault_seed, delay=args.fault_delay)
        if args.faults > 0
        else None
    )
    try:
        app = create_app(
            store,
            credentials={args.app_key: args.app_secret},
            faults=faults,
            rate_limit=RateLimit(args.rate_limit) if args.rate_limit > 0 else None,
            request_timeout=args.request_timeout,
        )
        config = uvicorn.Config(
            app,
            http=guarded_h11_protocol(args.request_timeout, fit_connections(args.max_connections)),
            loop="asyncio",
            # Also how many connections asyncio accepts at once (uvicorn's default: 2048).
            backlog=LISTEN_BACKLOG,
            lifespan="on",
            access_log=args.access_log,
            log_level=args.log_level,
            timeout_graceful_shutdown=5,
        )
        if args.access_log:
            # uvicorn gives its access logger the general log level, which would hide every
            # access line (they are INFO) at the default level.
            logging.getLogger("uvicorn.access").setLevel(logging.INFO)
        server = uvicorn.Server(config)

        def stop(signum: int, frame: FrameType | None) -> None:
            # Also runs when uvicorn re-raises the signal after its graceful shutdown, so that
            # the store below is closed and the exit status is 0 rather than death by signal.
            server.should_exit = True

        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, stop)
        host, port = sock.getsockname()[:2]
        shown_host = f"[{host}]" if ":" in host else host
        shown_db = db if db == MEMORY else str(Path(db).expanduser().resolve())
        print(
            f"{PROG} listening on http://{shown_host}:{port} "
            f"(app_key {args.app_key}, db {shown_db})",
            flush=True,
        )

        async def run() -> None:
            quiet_out_of_descriptors(asyncio.get_running_loop())
            await server.serve(sockets=[sock])

        asyncio.run(run())
    finally:
        store.close()
        sock.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (2 and one line on stderr on an error)."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        # argparse would blame the top-level command and show its usage, not the subcommand's.
        args.command_parser.error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        if args.command == "serve":
            return serve(args)
    except CommandError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 2
    return 2  # pragma: no cover - argparse rejects unknown commands first


if __name__ == "__main__":
    sys.exit(main())
