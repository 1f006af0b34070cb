"""The platform's own reference SDK (`private_sdk`) works against the sandbox, seed by seed."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import private_sdk
import pytest
from private_sdk.error import APIError

from conftest import BIOSAMPLE_ID, SEED_CALLS, SEED_OUTPUTS, StartSandbox


def plain(value: Any) -> Any:
    """The reference's Model objects (and lists of them) as plain JSON values."""
    if isinstance(value, list):
        return [plain(item) for item in value]
    to_json = getattr(value, "json", None)
    return to_json() if callable(to_json) else value


@pytest.fixture
def utc_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run in UTC: the reference stamps requests with local time labelled `Z`.

    Elsewhere its timestamps are off by the UTC offset, and the sandbox rightly refuses them
    (40104), as the platform does.
    """
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        yield
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.fixture
def reference(start_sandbox: StartSandbox, utc_clock: None) -> Any:
    """A reference client for a sandbox of its own (improve_sample changes a seed sample)."""
    server = start_sandbox()
    return private_sdk.PrivateAPI(server.app_key, server.app_secret, endpoint=server.url)


def test_the_eight_documented_calls(reference: Any) -> None:
    samples = reference.get_samples(**SEED_CALLS["get_samples"])
    assert plain(samples["result"]) == SEED_OUTPUTS["get_samples"]
    assert (samples["count"], samples["total"], samples["next_page"]) == (2, 2, 2)

    registered = plain(reference.register_sample(**SEED_CALLS["register_sample"]))
    assert set(registered) == {"biosample_id"}
    assert BIOSAMPLE_ID.match(registered["biosample_id"])

    # The platform answers data: null and the reference echoes its arguments.
    improved = plain(reference.improve_sample(**SEED_CALLS["improve_sample"]))
    assert improved == {"biosample_id": "E-B19137107158", "depth": 1}

    assert (
        plain(reference.task_result(**SEED_CALLS["task_result"])) == (SEED_OUTPUTS["task_result"])
    )
    assert (
        plain(reference.survey_projects(**SEED_CALLS["survey_projects"]))
        == (SEED_OUTPUTS["survey_projects"])
    )
    # The reference sends `OR` as the text "null" here.
    assert (
        plain(reference.survey_target(**SEED_CALLS["survey_target"]))
        == (SEED_OUTPUTS["survey_target"])
    )
    assert (
        plain(reference.question_size(**SEED_CALLS["question_size"]))
        == (SEED_OUTPUTS["question_size"])
    )
    assert (
        plain(reference.wechat_profile(**SEED_CALLS["wechat_profile"]))
        == (SEED_OUTPUTS["wechat_profile"])
    )


def test_the_state_the_reference_leaves(reference: Any) -> None:
    external_id = f"ref-{time.time_ns()}"
    registered = plain(
        reference.register_sample(
            biosample_site=11, project_id="P-W19770800157", external_sample_id=external_id
        )
    )
    reference.improve_sample(biosample_id=registered["biosample_id"], depth=46.612)
    found = reference.get_samples(external_sample_id=external_id)
    (sample,) = plain(found["result"])
    assert sample["biosample_id"] == registered["biosample_id"]
    assert sample["statistics"]["depth"] == 46.612


def test_the_reference_sees_envelope_errors(reference: Any) -> None:
    with pytest.raises(APIError) as raised:
        reference.improve_sample(biosample_id="E-B19137107158", depth=1)
        reference.improve_sample(biosample_id="E-B19137107158", depth=2)
    assert raised.value.code == 40901
    with pytest.raises(APIError) as unknown:
        reference.wechat_profile("ffffffffffffffffffffffff")
    assert unknown.value.code == 40401
