"""The variant family's store: each sample's genotypes, and the extraction jobs started on them."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from ..models import BiosampleId, TaskResult, TaskStatus, VariantRecord
from . import FamilyStore

_GENOME = "genome"
_VARIANT = "variant"
_JOB = "job"
_PLANNED = "planned_task"
RESULT_HOST = "https://sandbox.invalid"
"""Where the files of a finished extraction would be; `.invalid` never resolves (RFC 2606)."""


class VariantStore(FamilyStore):
    """Genotype records by sample (read-only, from fixtures) and `professional_variant` jobs.

    Fixtures (`fixtures/variants.json`): `{"genomes": [{"biosample_id", "variants":
    [<VariantRecord>, ...]}], "planned_tasks": [{"biosample_id", "task_id"}]}`. A planned task
    id is the id the first extraction job on that sample gets (the documentation's example
    answers one); later jobs get new random ids.

    A job is done as soon as it is started: its `tasks` row (store.py's table, which
    `task_result` reads) says SUCCESS, with the URLs of the files it would have written.
    """

    NAME = "variants"

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        for genome in fixtures.get("genomes", []):
            biosample_id = genome["biosample_id"]
            BiosampleId.model_validate(biosample_id)
            self.documents.insert(conn, _GENOME, biosample_id, {"biosample_id": biosample_id})
            for record in genome.get("variants", []):
                checked = VariantRecord.model_validate(record)
                self.documents.insert(
                    conn, _VARIANT, str(checked.variant_id), checked, parent=biosample_id
                )
        for planned in fixtures.get("planned_tasks", []):
            BiosampleId.model_validate(planned["biosample_id"])
            task_id = str(uuid.UUID(planned["task_id"]))
            self.documents.insert(
                conn, _PLANNED, task_id, {"task_id": task_id}, parent=planned["biosample_id"]
            )

    def genomes(self, biosample_ids: Iterable[str] | None = None) -> dict[str, list[VariantRecord]]:
        """The genotype records of every sample that has some (of these samples only, in the
        order asked, if given; samples without genotypes left out), in one read."""
        with self.read() as conn:
            if biosample_ids is None:
                held = [document.id for document in self.documents.select(conn, _GENOME)]
            else:
                found = self.documents.get_many(conn, _GENOME, biosample_ids)
                held = [document.id for document in found]
            return {
                biosample_id: [
                    VariantRecord.model_validate(document.body)
                    for document in self.documents.select(conn, _VARIANT, parent=biosample_id)
                ]
                for biosample_id in held
            }

    def variants(self, biosample_id: str) -> list[VariantRecord]:
        """The sample's genotype records, in fixture order (none for a sample without any)."""
        with self.read() as conn:
            found = self.documents.select(conn, _VARIANT, parent=biosample_id)
        return [VariantRecord.model_validate(document.body) for document in found]

    def start_job(self, biosample_id: str, job: Mapping[str, Any]) -> str:
        """Store an extraction job on the sample and its finished task; the task id."""
        with self.write() as conn:
            task_id = self._next_task_id(conn, biosample_id)
            suffix = "variant_sites" if job.get("only_variant_site", True) else "all_sites"
            stem = f"{RESULT_HOST}/professional_variant/{task_id}/{biosample_id}_{suffix}.vcf.gz"
            result = TaskResult.model_validate(
                {"status": TaskStatus.SUCCESS, "result": [f"{stem}.tbi", stem]}
            ).model_dump(mode="json")
            body = {"task_id": task_id, "biosample_id": biosample_id, **job}
            self.documents.insert(conn, _JOB, task_id, body, parent=biosample_id)
            conn.execute(
                "INSERT INTO tasks (task_id, status, result) VALUES (?, ?, ?)",
                (task_id, result["status"], json.dumps(result["result"])),
            )
        return task_id

    def job(self, task_id: str) -> dict[str, Any] | None:
        """What an extraction job was asked to do, by its task id."""
        with self.read() as conn:
            found = self.documents.get(conn, _JOB, task_id.lower())
        return None if found is None else found.body

    def _next_task_id(self, conn: sqlite3.Connection, biosample_id: str) -> str:
        for planned in self.documents.select(conn, _PLANNED, parent=biosample_id):
            if not self._task_exists(conn, planned.id):
                return planned.id
        while True:
            task_id = str(uuid.uuid4())
            if not self._task_exists(conn, task_id):
                return task_id

    @staticmethod
    def _task_exists(conn: sqlite3.Connection, task_id: str) -> bool:
        row = conn.execute("SELECT 1 FROM tasks WHERE task_id = ?", (task_id,)).fetchone()
        return row is not None
