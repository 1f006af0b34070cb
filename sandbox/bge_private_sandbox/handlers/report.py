"""The report family: reports and their quality control."""

from __future__ import annotations

from ..answers import ok
from ..models import (
    ReportCheckQcResponse,
    ReportIdForm,
    ReportRetrieveResponse,
    ReportStartQcResponse,
)
from ..store import Store
from ..stores.report import ReportStore, qc_findings
from . import handles


@handles("report_retrieve")
def report_retrieve(store: Store, form: ReportIdForm) -> ReportRetrieveResponse:
    return ok(ReportRetrieveResponse, store.family(ReportStore).report(form.report_id))


@handles("report_start_qc")
def report_start_qc(store: Store, form: ReportIdForm) -> ReportStartQcResponse:
    reports = store.family(ReportStore)
    report = reports.report(form.report_id)
    wanted = [] if report.biosample_id is None else [report.biosample_id]
    known = [sample.biosample_id for sample in store.samples_by_biosample_ids(wanted)]
    state = reports.record_qc(form.report_id, qc_findings(report, known))
    return ok(
        ReportStartQcResponse,
        {"report_id": state["report_id"], "run": state["run"], "status": "started"},
    )


@handles("report_check_qc")
def report_check_qc(store: Store, form: ReportIdForm) -> ReportCheckQcResponse:
    return ok(ReportCheckQcResponse, store.family(ReportStore).qc(form.report_id))
