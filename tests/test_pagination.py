"""get_samples' next_page, and the lazy iterators over samples and target users (sync and async)."""

from __future__ import annotations

import asyncio
import math
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

import bge_private

STORE = {f"E-B{n:011d}": {"biosample_id": f"E-B{n:011d}", "n": n} for n in range(0, 600, 2)}
USERS = [f"{n:020d}" for n in range(137)]


class Platform:
    """Answers get_samples and survey_target from memory, at most `page_cap` items a page."""

    def __init__(self, page_cap: int = 100) -> None:
        self.page_cap = page_cap
        self.requests: list[dict[str, str]] = []
        self.in_flight = 0
        self.most_in_flight = 0

    def answer(self, request: httpx.Request) -> httpx.Response:
        form = dict(parse_qsl(request.content.decode()))
        self.requests.append(form)
        page, limit = int(form.get("page", 1)), min(int(form.get("limit", 50)), self.page_cap)
        if request.url.path == "/api/survey/target":
            items: list[Any] = [{"user_id": u} for u in USERS]
        else:
            items = [STORE[i] for i in form["biosample_id"].split(",") if i in STORE]
        chunk = items[(page - 1) * limit : page * limit]
        paging = {"page": page, "limit": limit, "count": len(chunk), "total": len(items)}
        if request.url.path == "/api/survey/target":
            data = {**paging, "pages": math.ceil(len(items) / limit), "result": chunk}
            return httpx.Response(200, json={"code": 0, "msg": "ok", "data": data})
        return httpx.Response(
            200, json={"code": 0, "msg": "ok", "data": chunk, "pagination": paging}
        )

    async def answer_later(self, request: httpx.Request) -> httpx.Response:
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        await asyncio.sleep(0.005)
        self.in_flight -= 1
        return self.answer(request)


def sync_api(platform: Platform) -> bge_private.PrivateAPI:
    transport = httpx.MockTransport(platform.answer)
    return bge_private.PrivateAPI("k", "s", endpoint="http://platform.test", transport=transport)


IDS = [f"E-B{n:011d}" for n in range(230)]  # every other one exists
FOUND = [i for i in IDS if i in STORE]


@pytest.mark.parametrize(
    "total, page, limit, count, expected",
    [
        (100, 1, 50, 50, 2),
        (100, 2, 50, 50, None),  # the last page is full: the reference would offer page 3
        (101, 2, 50, 50, 3),
        (3, 1, 50, 3, None),
        (0, 1, 50, 0, None),
    ],
)
def test_next_page_comes_from_the_total(
    total: int, page: int, limit: int, count: int, expected: Any
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        paging = {"page": page, "limit": limit, "count": count, "total": total}
        data = [{"biosample_id": "E-B19137107158"}] * count
        return httpx.Response(
            200, json={"code": 0, "msg": "ok", "data": data, "pagination": paging}
        )

    api = bge_private.PrivateAPI(
        "k", "s", endpoint="http://p.test", transport=httpx.MockTransport(answer)
    )
    result = api.get_samples(biosample_id="E-B19137107158", page=page, limit=limit)
    assert result["next_page"] == expected
    assert (result["count"], result["total"], len(result["result"])) == (count, total, count)


def test_iter_samples_splits_ids_into_page_sized_requests() -> None:
    platform = Platform()
    found = [s["biosample_id"] for s in sync_api(platform).iter_samples(biosample_ids=iter(IDS))]
    assert found == FOUND
    assert len(platform.requests) == math.ceil(len(IDS) / 50)
    assert all(len(r["biosample_id"].split(",")) <= 50 for r in platform.requests)


def test_iter_samples_follows_pages_when_the_platform_pages_smaller() -> None:
    platform = Platform(page_cap=7)
    api = sync_api(platform)
    found = [s["biosample_id"] for s in api.iter_samples(biosample_ids=",".join(IDS), limit=20)]
    assert found == FOUND
    assert max(int(r["page"]) for r in platform.requests) == 2  # 10 found per 20 ids, 7 a page


def test_iter_samples_is_lazy() -> None:
    platform = Platform()
    iterator = sync_api(platform).iter_samples(biosample_ids=IDS, limit=10)
    assert platform.requests == []
    next(iterator)
    assert len(platform.requests) == 1


def test_iter_samples_needs_exactly_one_kind_of_id() -> None:
    api = sync_api(Platform())
    with pytest.raises(ValueError):
        list(api.iter_samples())
    with pytest.raises(ValueError):
        list(api.iter_samples(biosample_ids=IDS, external_sample_ids=["x"]))


def test_iter_target_users_follows_every_page() -> None:
    platform = Platform()
    users = [u["user_id"] for u in sync_api(platform).iter_target_users(OR=[], limit=25)]
    assert users == USERS
    assert len(platform.requests) == math.ceil(len(USERS) / 25)


@pytest.mark.parametrize("concurrency", [1, 3, 8])
def test_async_iter_samples_in_order_with_bounded_concurrency(concurrency: int) -> None:
    platform = Platform()

    async def run() -> list[str]:
        transport = httpx.MockTransport(platform.answer_later)
        async with bge_private.AsyncPrivateAPI(
            "k", "s", endpoint="http://p.test", transport=transport
        ) as api:
            return [
                s["biosample_id"]
                async for s in api.iter_samples(IDS, limit=10, concurrency=concurrency)
            ]

    assert asyncio.run(run()) == FOUND
    assert platform.most_in_flight == concurrency
    assert len(platform.requests) == len(IDS) // 10


def test_async_iter_target_users() -> None:
    platform = Platform()

    async def run() -> list[str]:
        transport = httpx.MockTransport(platform.answer_later)
        async with bge_private.AsyncPrivateAPI(
            "k", "s", endpoint="http://p.test", transport=transport
        ) as api:
            return [u["user_id"] async for u in api.iter_target_users(limit=40)]

    assert asyncio.run(run()) == USERS
