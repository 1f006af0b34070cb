"""The record of requests whose real effect is outside the platform (`x-external-effect`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from . import FamilyStore, utc_now


@dataclass(frozen=True)
class Effect:
    """One accepted request of an operation with an external effect (an SMS "sent")."""

    seq: int
    operation: str
    fields: dict[str, Any]
    """The operation's fields as validated (JSON values), path parameters included, signing
    fields left out; a file part is `{filename, size, sha256}`."""
    time: str
    """When the sandbox accepted it, in UTC (`%Y-%m-%dT%H:%M:%SZ`)."""

    def as_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "operation": self.operation,
            "fields": self.fields,
            "time": self.time,
        }


class EffectStore(FamilyStore):
    """Every request of an `x-external-effect` operation the sandbox accepted, in order."""

    NAME = "effects"
    SCHEMA = (
        "CREATE TABLE effects (seq INTEGER PRIMARY KEY AUTOINCREMENT, operation TEXT NOT NULL,"
        " fields TEXT NOT NULL, time TEXT NOT NULL)",
        "CREATE INDEX effects_by_operation ON effects (operation, seq)",
    )

    def record(self, operation: str, fields: dict[str, Any]) -> Effect:
        text = json.dumps(fields, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        time = utc_now()
        with self.write() as conn:
            cursor = conn.execute(
                "INSERT INTO effects (operation, fields, time) VALUES (?, ?, ?)",
                (operation, text, time),
            )
            seq = cursor.lastrowid
        assert seq is not None
        return Effect(seq, operation, json.loads(text), time)

    def effects(self, operation: str | None = None) -> list[Effect]:
        """The effects recorded (of one operation, if given), oldest first."""
        with self.read() as conn:
            if operation is None:
                rows = conn.execute("SELECT * FROM effects ORDER BY seq").fetchall()
            else:
                rows = conn.execute(
                    "SELECT * FROM effects WHERE operation = ? ORDER BY seq", (operation,)
                ).fetchall()
        return [
            Effect(row["seq"], row["operation"], json.loads(row["fields"]), row["time"])
            for row in rows
        ]

    def clear(self) -> int:
        """Forget every recorded effect; how many there were."""
        with self.write() as conn:
            return conn.execute("DELETE FROM effects").rowcount
