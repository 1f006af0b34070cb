"""The user family's store: individuals, their profiles, and which samples were taken from whom.

This is the one store of individuals and of the samples taken from them: the streams family
(stream_bind, stream_range by biosample_id, write_stream's individual) reads and adds them here,
in its own transaction, through the methods taking a `conn`. An individual the streams family
made (binding a sample no individual had) has no profile: get_user does not answer one for it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from ..models import BiosampleId, IndividualProfile, IndividualRef
from . import FamilyStore

_PROFILE = "individual"
_WITHOUT_PROFILE = "individual_without_profile"
_SAMPLE = "sample_of"


class UserStore(FamilyStore):
    """Individuals by id (`fundamental_entity_id`, lower-case), their profiles, and by sample.

    Fixtures (`fixtures/users.json`): `{"individuals": [{<IndividualProfile>, "biosample_ids":
    [...]}], "individuals_without_profile": [{"fundamental_entity_id", "biosample_ids"}]}`,
    each sample belonging to at most one individual.
    """

    NAME = "users"

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        for record in fixtures.get("individuals", []):
            fields = dict(record)
            biosample_ids = fields.pop("biosample_ids", [])
            profile = IndividualProfile.model_validate(fields)
            individual = str(profile.fundamental_entity_id)
            self._check_new(conn, individual)
            self.documents.put(conn, _PROFILE, individual, profile)
            self._link(conn, individual, biosample_ids)
        for record in fixtures.get("individuals_without_profile", []):
            ref = IndividualRef.model_validate(
                {"fundamental_entity_id": record["fundamental_entity_id"]}
            )
            individual = str(ref.fundamental_entity_id)
            self._check_new(conn, individual)
            self.add_individual(conn, individual, record.get("biosample_ids", []))

    def _check_new(self, conn: sqlite3.Connection, individual: str) -> None:
        if self.individual_exists(conn, individual):
            raise ValueError(f"users fixtures: individual {individual} is listed twice")

    def _link(
        self, conn: sqlite3.Connection, individual: str, biosample_ids: Iterable[str]
    ) -> None:
        for biosample_id in biosample_ids:
            BiosampleId.model_validate(biosample_id)
            if self.documents.get(conn, _SAMPLE, biosample_id) is not None:
                raise ValueError(f"users: sample {biosample_id} has two individuals")
            self.documents.put(conn, _SAMPLE, biosample_id, {"fundamental_entity_id": individual})

    # ------------------------------------------------------------------ for other families

    def individual_exists(self, conn: sqlite3.Connection, fundamental_entity_id: str) -> bool:
        """Whether the individual is known (with a profile or without), in the caller's
        transaction."""
        individual = fundamental_entity_id.lower()
        return (
            self.documents.get(conn, _PROFILE, individual) is not None
            or self.documents.get(conn, _WITHOUT_PROFILE, individual) is not None
        )

    def individual_of_sample(self, conn: sqlite3.Connection, biosample_id: str) -> str | None:
        """The individual the sample was taken from (None: none known), in the caller's
        transaction."""
        link = self.documents.get(conn, _SAMPLE, biosample_id)
        return None if link is None else str(link.body["fundamental_entity_id"])

    def add_individual(
        self, conn: sqlite3.Connection, fundamental_entity_id: str, biosample_ids: Iterable[str]
    ) -> None:
        """Add an individual without a profile, the samples given taken from it (none of them
        may belong to an individual already), in the caller's transaction."""
        individual = fundamental_entity_id.lower()
        self.documents.put(
            conn, _WITHOUT_PROFILE, individual, {"fundamental_entity_id": individual}
        )
        self._link(conn, individual, biosample_ids)

    def link(self, conn: sqlite3.Connection, fundamental_entity_id: str, biosample_id: str) -> None:
        """Record that the sample (one no individual has) was taken from the individual (a
        known one), inside the caller's transaction."""
        self._link(conn, fundamental_entity_id.lower(), [biosample_id])

    # ------------------------------------------------------------------ reading

    def individual_of(self, biosample_id: str) -> str | None:
        """The individual the sample was taken from, or None."""
        with self.read() as conn:
            return self.individual_of_sample(conn, biosample_id)

    def has_individual(self, fundamental_entity_id: str) -> bool:
        """Whether the individual is known (with a profile or without)."""
        with self.read() as conn:
            return self.individual_exists(conn, fundamental_entity_id)

    def profile(self, fundamental_entity_id: str) -> IndividualProfile | None:
        """The individual's profile, or None for an individual without one or unknown."""
        with self.read() as conn:
            found = self.documents.get(conn, _PROFILE, fundamental_entity_id.lower())
        return None if found is None else IndividualProfile.model_validate(found.body)

    def profile_of_sample(self, biosample_id: str) -> IndividualProfile | None:
        """The profile of the individual the sample was taken from, if the sandbox has one."""
        with self.read() as conn:
            individual = self.individual_of_sample(conn, biosample_id)
            found = None if individual is None else self.documents.get(conn, _PROFILE, individual)
        return None if found is None else IndividualProfile.model_validate(found.body)
