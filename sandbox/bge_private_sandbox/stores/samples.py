"""The samples family's own store: the sub-state of each sample (the samples are in store.py)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import FamilyStore

_STATE = "state"


class SampleStateStore(FamilyStore):
    """The last state set on each sample with `openplatform_samples_state`, by biosample id.

    A state is `{biosample_id, sub_state, mtime, change_source, comment}` (`comment`: the JSON
    value given, or null). The samples themselves stay in store.py; callers check that the
    sample exists there first (samples are never deleted, so that check cannot go stale).
    """

    NAME = "sample_states"

    def set_state(
        self,
        biosample_id: str,
        *,
        sub_state: int,
        mtime: str,
        change_source: str | None,
        comment: Any,
    ) -> dict[str, Any]:
        """Replace the sample's state; the state now held."""
        state = {
            "biosample_id": biosample_id,
            "sub_state": sub_state,
            "mtime": mtime,
            "change_source": change_source,
            "comment": comment,
        }
        with self.write() as conn:
            return self.documents.put(conn, _STATE, biosample_id, state).body

    def states(self, biosample_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The states of those of these samples that have one, by biosample id."""
        with self.read() as conn:
            found = self.documents.get_many(conn, _STATE, biosample_ids)
        return {document.id: document.body for document in found}
