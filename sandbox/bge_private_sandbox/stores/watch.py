"""The watch family's state: the Function Compute trigger events handed to the platform."""

from __future__ import annotations

import hashlib

from . import FamilyStore, utc_now

EVENT = "fc2_event"
COUNTER = "counter"


class WatchStore(FamilyStore):
    """One document per event received, by its id (derived from its number and content)."""

    NAME = "watch"

    def receive(self, trigger: str, event: str) -> dict[str, str]:
        """Record an event of `trigger`; what the answer shows of it."""
        with self.write() as conn:
            counter = self.documents.get(conn, COUNTER, EVENT)
            number = 1 if counter is None else int(counter.body["value"]) + 1
            self.documents.put(conn, COUNTER, EVENT, {"value": number})
            seed = f"{number}\n{trigger}\n{event}".encode()
            event_id = hashlib.sha256(seed).hexdigest()[:32]
            body = {"event_id": event_id, "trigger": trigger, "event": event, "received": utc_now()}
            self.documents.insert(conn, EVENT, event_id, body)
        return {"event_id": event_id, "trigger": trigger}

    def events(self, trigger: str | None = None) -> list[dict[str, str]]:
        """Every event received (of one trigger, if given), oldest first."""
        with self.read() as conn:
            found = [document.body for document in self.documents.select(conn, EVENT)]
        return [event for event in found if trigger in (None, event["trigger"])]
