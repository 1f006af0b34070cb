"""The documentation's Python examples (examples/seeds/), and a way to run one as written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

SEEDS_DIR = Path(__file__).resolve().parent / "seeds"


@dataclass(frozen=True)
class Example:
    """One example: the SDK method it documents and its code, verbatim."""

    method: str
    path: Path

    @property
    def code(self) -> str:
        return self.path.read_text(encoding="utf-8")

    def run(self, private_api: type[Any], app_key: str, app_secret: str, endpoint: str) -> None:
        """Runs the example unchanged; only the client class, credentials and endpoint are bound."""
        namespace = {
            "PrivateAPI": private_api,
            "app_key": app_key,
            "app_secret": app_secret,
            "endpoint": endpoint,
        }
        exec(compile(self.code, str(self.path), "exec"), namespace)
        client = namespace.get("private")
        close = getattr(client, "close", None)
        if callable(close):
            close()


def examples() -> list[Example]:
    """Every example, in the documentation's order."""
    return [
        Example(method=path.stem.split("_", 1)[1], path=path)
        for path in sorted(SEEDS_DIR.glob("*.py"))
    ]
