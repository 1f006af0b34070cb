"""The user family's store: individuals' profiles and which samples were taken from whom."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from ..models import BiosampleId, IndividualProfile
from . import FamilyStore

_PROFILE = "individual"
_SAMPLE = "sample_of"


class UserStore(FamilyStore):
    """Profiles by individual id (`fundamental_entity_id`, lower-case), and by sample.

    Fixtures (`fixtures/users.json`): `{"individuals": [{<IndividualProfile>, "biosample_ids":
    [...]}]}`, each sample belonging to at most one individual.
    """

    NAME = "users"

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        for record in fixtures.get("individuals", []):
            fields = dict(record)
            biosample_ids = fields.pop("biosample_ids", [])
            profile = IndividualProfile.model_validate(fields)
            individual = str(profile.fundamental_entity_id)
            if self.documents.get(conn, _PROFILE, individual) is not None:
                raise ValueError(f"users fixtures: individual {individual} is listed twice")
            self.documents.put(conn, _PROFILE, individual, profile)
            for biosample_id in biosample_ids:
                BiosampleId.model_validate(biosample_id)
                if self.documents.get(conn, _SAMPLE, biosample_id) is not None:
                    raise ValueError(f"users fixtures: sample {biosample_id} has two individuals")
                self.documents.put(
                    conn, _SAMPLE, biosample_id, {"fundamental_entity_id": individual}
                )

    def profile(self, fundamental_entity_id: str) -> IndividualProfile | None:
        """The individual's profile, or None for an individual the sandbox does not know."""
        with self.read() as conn:
            found = self.documents.get(conn, _PROFILE, fundamental_entity_id.lower())
        return None if found is None else IndividualProfile.model_validate(found.body)

    def profile_of_sample(self, biosample_id: str) -> IndividualProfile | None:
        """The profile of the individual the sample was taken from, if the sandbox knows one."""
        with self.read() as conn:
            link = self.documents.get(conn, _SAMPLE, biosample_id)
            found = (
                None
                if link is None
                else self.documents.get(conn, _PROFILE, link.body["fundamental_entity_id"])
            )
        return None if found is None else IndividualProfile.model_validate(found.body)
