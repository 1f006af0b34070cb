"""The microbiome family's store: taxon, function and gene abundances of each sample."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from ..models import (
    BiosampleId,
    Catalog,
    Catalog1,
    FuncAbundance,
    GeneAbundance,
    TaxonAbundance,
)
from . import Document, FamilyStore

TAXON = "taxon"
FUNC = "func"
GENE = "gene"


class MicrobiomeStore(FamilyStore):
    """Abundance records by sample (read-only, from fixtures), in fixture order.

    Fixtures (`fixtures/microbiome.json`): `{"biosamples": [{"biosample_id",
    "taxon_abundance": [<TaxonAbundance>], "func_abundance": {<catalog>: [<FuncAbundance>]},
    "gene_abundance": {<catalog>: [<GeneAbundance>]}}]}`; every record's
    `sample_info.biosample_id` is the sample it is listed under, a sample of the samples
    registry (store.py), which says whether a sample exists. Listings are documents, so that
    their `seq` (insertion order) is the cursor key of the paged answers.
    """

    NAME = "microbiome"

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        for sample in fixtures.get("biosamples", []):
            biosample_id = sample["biosample_id"]
            BiosampleId.model_validate(biosample_id)
            for record in sample.get("taxon_abundance", []):
                taxon = TaxonAbundance.model_validate(record)
                self._insert(conn, TAXON, biosample_id, taxon, taxon.taxonomy.taxon_id)
            for catalog, records in sample.get("func_abundance", {}).items():
                parent = listing(biosample_id, Catalog(catalog))
                for record in records:
                    func = FuncAbundance.model_validate(record)
                    self._insert(conn, FUNC, parent, func, func.coding.id)
            for catalog, records in sample.get("gene_abundance", {}).items():
                parent = listing(biosample_id, Catalog1(catalog))
                for record in records:
                    gene = GeneAbundance.model_validate(record)
                    self._insert(conn, GENE, parent, gene, gene.igc_gene.igc_gene_id)

    def _insert(
        self,
        conn: sqlite3.Connection,
        kind: str,
        parent: str,
        record: TaxonAbundance | FuncAbundance | GeneAbundance,
        record_id: str,
    ) -> None:
        biosample_id = parent.split("/", 1)[0]
        if record.sample_info.biosample_id != biosample_id:
            raise ValueError(
                f"microbiome fixtures: a {kind} record of {record.sample_info.biosample_id} "
                f"is listed under {biosample_id}"
            )
        self.documents.insert(conn, kind, f"{parent}/{record_id}", record, parent=parent)

    def records(self, kind: str, biosample_id: str, catalog: str | None = None) -> list[Document]:
        """The sample's records of `kind` (TAXON, FUNC or GENE; FUNC and GENE of `catalog`),
        in fixture order: one consistent listing."""
        parent = biosample_id if catalog is None else listing(biosample_id, catalog)
        with self.read() as conn:
            return self.documents.select(conn, kind, parent=parent)


def listing(biosample_id: str, catalog: str) -> str:
    """The parent of a sample's records of one catalogue."""
    return f"{biosample_id}/{catalog}"
