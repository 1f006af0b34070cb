"""The datamall family's store: the namespaces whose omics data can be downloaded."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from . import FamilyStore

_KIND = "namespace"
GENOME_VARIANTS = "genome_variants"
OMICS = frozenset({GENOME_VARIANTS})
"""What a namespace can hold: `genome_variants`, the variant family's genotype records."""


class DatamallStore(FamilyStore):
    """Downloadable namespaces and which family's data each one holds.

    Fixtures (`fixtures/datamall.json`): `{"namespaces": [{"namespace", "omics",
    "description"}]}`, `omics` one of OMICS. The data itself stays with its family, so that a
    download holds exactly what that family's operations answer.
    """

    NAME = "datamall"

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        for entry in fixtures.get("namespaces", []):
            namespace = entry["namespace"]
            if not isinstance(namespace, str) or not namespace:
                raise ValueError(f"datamall fixtures: bad namespace {namespace!r}")
            if entry["omics"] not in OMICS:
                raise ValueError(f"datamall fixtures: {namespace}: unknown omics {entry['omics']}")
            body = {
                "namespace": namespace,
                "omics": entry["omics"],
                "description": str(entry.get("description", "")),
            }
            self.documents.insert(conn, _KIND, namespace, body)

    def namespace(self, namespace: str) -> dict[str, Any] | None:
        """The namespace's entry (`namespace`, `omics`, `description`), or None if unknown."""
        with self.read() as conn:
            found = self.documents.get(conn, _KIND, namespace)
        return None if found is None else found.body
