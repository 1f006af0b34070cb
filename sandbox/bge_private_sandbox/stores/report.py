"""The report family's state: the reports and the last quality control of each."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..errors import NOT_FOUND, ApiError
from . import FamilyStore, utc_now

REPORT = "report"
QC = "qc"


class ReportSection(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: str = Field(min_length=1)
    content: str


class Report(BaseModel):
    """A report as report_retrieve answers it: these fields are checked, others kept as given."""

    model_config = ConfigDict(extra="allow")

    report_id: str = Field(min_length=1, max_length=64)
    title: str = Field(min_length=1)
    biosample_id: str | None = Field(default=None, pattern="^E-[A-Z][0-9]{11}$")
    sections: list[ReportSection] = []


def qc_findings(report: Report, known_samples: Sequence[str]) -> list[str]:
    """What the sandbox's quality control finds wrong with a report (nothing: it passes)."""
    findings: list[str] = []
    if report.biosample_id is not None and report.biosample_id not in known_samples:
        findings.append(f"biosample {report.biosample_id} does not exist")
    if not report.sections:
        findings.append("the report has no sections")
    findings.extend(
        f"section {section.name} is empty" for section in report.sections if not section.content
    )
    return findings


class ReportStore(FamilyStore):
    """Reports by report_id, and one QC document per report (the last one started)."""

    NAME = "report"

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        for record in fixtures.get("reports", []):
            report = Report.model_validate(record)
            self.documents.insert(conn, REPORT, report.report_id, report)

    def report(self, report_id: str) -> Report:
        with self.read() as conn:
            document = self.documents.get(conn, REPORT, report_id)
        if document is None:
            raise ApiError(NOT_FOUND, f"report {report_id} does not exist")
        return Report.model_validate(document.body)

    def record_qc(self, report_id: str, findings: Sequence[str]) -> dict[str, Any]:
        """Start (and, in the sandbox, at once finish) a report's QC run; its state."""
        with self.write() as conn:
            if self.documents.get(conn, REPORT, report_id) is None:
                raise ApiError(NOT_FOUND, f"report {report_id} does not exist")
            previous = self.documents.get(conn, QC, report_id)
            run = 1 if previous is None else int(previous.body["run"]) + 1
            state = {
                "report_id": report_id,
                "run": run,
                "status": "finished",
                "passed": not findings,
                "findings": list(findings),
                "started": utc_now(),
            }
            self.documents.put(conn, QC, report_id, state)
        return state

    def qc(self, report_id: str) -> dict[str, Any]:
        """The state of the report's last QC run (`not_started` if none was)."""
        with self.read() as conn:
            if self.documents.get(conn, REPORT, report_id) is None:
                raise ApiError(NOT_FOUND, f"report {report_id} does not exist")
            document = self.documents.get(conn, QC, report_id)
        if document is None:
            return {"report_id": report_id, "run": 0, "status": "not_started"}
        return document.body
