"""PrivateAPI and AsyncPrivateAPI end to end against a sandbox subprocess on 127.0.0.1."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bge_private import APIError, AsyncPrivateAPI, Model, PrivateAPI, RequestValidationError
from conftest import BIOSAMPLE_ID, StartSandbox

PROJECT = "P-W19770800157"


@pytest.fixture
def server(start_sandbox: StartSandbox) -> Any:
    return start_sandbox()


def test_register_then_read_improve_and_iterate(server: Any) -> None:
    with PrivateAPI(server.app_key, server.app_secret, endpoint=server.url) as api:
        ids = [
            api.register_sample(
                biosample_site=3, project_id=PROJECT, external_sample_id=f"e2e-{n}", depth=1.5
            )["biosample_id"]
            for n in range(7)
        ]
        assert all(BIOSAMPLE_ID.match(i) for i in ids) and len(set(ids)) == 7

        page = api.get_samples(external_sample_id="e2e-0,e2e-1,e2e-2", limit=2)
        assert (page["count"], page["total"], page["next_page"]) == (2, 3, 2)
        last = api.get_samples(external_sample_id="e2e-0,e2e-1,e2e-2", limit=2, page=2)
        assert (last["count"], last["next_page"]) == (1, None)
        sample = page["result"][0]
        assert isinstance(sample, Model)
        assert sample.statistics.depth == 1.5 and sample.biosample_site == 3
        assert sample.project[0].project_id == PROJECT

        assert api.improve_sample(ids[0], mapping_rate=0.97) == {
            "biosample_id": ids[0],
            "mapping_rate": 0.97,
        }
        api.improve_sample(ids[0], mapping_rate=0.97)  # the same value again is fine
        with pytest.raises(APIError) as conflict:
            api.improve_sample(ids[0], mapping_rate=0.5)
        assert conflict.value.code == 40901 and conflict.value.operation == "improve_sample"
        with pytest.raises(APIError) as unknown:
            api.improve_sample("E-Z00000000000", depth=1)
        assert unknown.value.code == 40401

        found = [s["biosample_id"] for s in api.iter_samples(biosample_ids=ids, limit=3)]
        assert found == ids


def test_arguments_are_checked_before_sending(server: Any) -> None:
    with PrivateAPI(server.app_key, server.app_secret, endpoint=server.url) as api:
        with pytest.raises(RequestValidationError) as caught:
            api.register_sample(biosample_site=0, project_id=PROJECT, colour="blue")
        assert "biosample_site" in str(caught.value) and "colour" in str(caught.value)


def test_wrong_secret_is_an_api_error(server: Any) -> None:
    api = PrivateAPI(server.app_key, "not-the-secret", endpoint=server.url)
    with api, pytest.raises(APIError) as caught:
        api.question_size("5c033e04f89dd15e44d48b7d")
    assert caught.value.code == 40103
    assert "not-the-secret" not in str(caught.value)


def test_async_client_end_to_end(server: Any) -> None:
    async def run() -> tuple[list[str], list[str]]:
        async with AsyncPrivateAPI(server.app_key, server.app_secret, endpoint=server.url) as api:
            registered = await asyncio.gather(
                *(
                    api.register_sample(
                        biosample_site=5, project_id=PROJECT, external_sample_id=f"async-{n}"
                    )
                    for n in range(20)
                )
            )
            ids = [r["biosample_id"] for r in registered]
            found = [
                s["biosample_id"]
                async for s in api.iter_samples(biosample_ids=ids, limit=4, concurrency=3)
            ]
            users = [u["user_id"] async for u in api.iter_target_users(OR=[], limit=1)]
            return ids, found + users

    ids, found = asyncio.run(run())
    assert len(set(ids)) == 20
    assert found[:20] == ids
    assert "00000000000000000001" in found[20:]
