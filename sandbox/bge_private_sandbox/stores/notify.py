"""The notify family's state: the notifications the notification center was asked to send."""

from __future__ import annotations

from typing import Any

from . import FamilyStore, utc_now

NOTIFICATION = "notification"
COUNTER = "counter"


class NotifyStore(FamilyStore):
    """One document per notification, by its id (`notify-` and its number)."""

    NAME = "notify"

    def record(
        self,
        *,
        notify_generator: str,
        category: str,
        sub_category: str | None,
        params: dict[str, Any] | None,
    ) -> dict[str, Any]:
        """Record a notification sent; what the answer shows of it."""
        with self.write() as conn:
            counter = self.documents.get(conn, COUNTER, NOTIFICATION)
            number = 1 if counter is None else int(counter.body["value"]) + 1
            self.documents.put(conn, COUNTER, NOTIFICATION, {"value": number})
            notify_id = f"notify-{number:06d}"
            notification: dict[str, Any] = {
                "notify_id": notify_id,
                "notify_generator": notify_generator,
                "category": category,
                "sub_category": sub_category,
                "params": params or {},
            }
            self.documents.insert(
                conn, NOTIFICATION, notify_id, {**notification, "sent": utc_now()}
            )
        return notification

    def notifications(self) -> list[dict[str, Any]]:
        """Every notification sent, oldest first."""
        with self.read() as conn:
            return [document.body for document in self.documents.select(conn, NOTIFICATION)]
