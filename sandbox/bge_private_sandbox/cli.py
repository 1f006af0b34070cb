"""The `bge-private-sandbox` command: `serve` runs the sandbox with uvicorn."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import sys
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

import uvicorn

from .app import create_app
from .credentials import DEMO_APP_KEY, DEMO_APP_SECRET
from .faults import DEFAULT_DELAY_SECONDS, FaultConfig
from .store import MEMORY, Store


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bge-private-sandbox",
        description="A local, stateful copy of the BGE private platform.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve = commands.add_parser("serve", help="serve the sandbox over HTTP")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (%(default)s)")
    serve.add_argument(
        "--port", type=int, default=8000, help="port to listen on; 0 picks a free one (%(default)s)"
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
    serve.add_argument("--access-log", action="store_true", help="log every request to stdout")
    serve.add_argument(
        "--log-level",
        default="warning",
        choices=["critical", "error", "warning", "info", "debug"],
        help="uvicorn's log level, on stderr (%(default)s)",
    )
    return parser


def _listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    # Listening now means a client that reads the port from our first line can connect at once.
    sock.listen(128)
    return sock


def _log_to_stderr(level: str) -> None:
    # uvicorn configures only its own loggers; the sandbox's (faults, internal errors) need one.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s:     %(name)s: %(message)s"))
    logger = logging.getLogger(__package__)
    logger.addHandler(handler)
    logger.setLevel(level.upper())
    logger.propagate = False


def serve(args: argparse.Namespace) -> int:
    _log_to_stderr(args.log_level)
    db = args.db
    if db is None:
        db = str(default_db_path())
    if db != MEMORY:
        Path(db).parent.mkdir(parents=True, exist_ok=True)
    faults = (
        FaultConfig(rate=args.faults, seed=args.fault_seed, delay=args.fault_delay)
        if args.faults > 0
        else None
    )
    store = Store(db)
    try:
        app = create_app(store, credentials={args.app_key: args.app_secret}, faults=faults)
        sock = _listening_socket(args.host, args.port)
        config = uvicorn.Config(
            app,
            http="h11",
            loop="asyncio",
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
        print(
            f"bge-private-sandbox listening on http://{shown_host}:{port} (app_key {args.app_key})",
            flush=True,
        )
        server.run(sockets=[sock])
    finally:
        store.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    if args.command == "serve":
        return serve(args)
    return 2  # pragma: no cover - argparse rejects unknown commands first


if __name__ == "__main__":
    sys.exit(main())
