"""PrivateAPI and AsyncPrivateAPI: the platform's operations under the reference SDK's names."""

from __future__ import annotations

import asyncio
import collections
import copy
import itertools
import logging
import sys
import time
from collections.abc import AsyncIterator, Coroutine, Iterable, Iterator, Mapping
from types import TracebackType
from typing import Any, ClassVar, Generic, Self, TypeVar

import httpx
from bge_private_client.client import Client as GeneratedClient

from . import _core
from ._base import AsyncCaller, SyncCaller
from ._core import Options, Plan, Send, call_plan
from ._generated import (
    OPERATIONS,
    AccountOperations,
    AsyncAccountOperations,
    AsyncPrivateOperations,
    AsyncReportOperations,
    PrivateOperations,
    ReportOperations,
)
from ._model import Model
from ._recovery import lookup_plan
from ._shapes import page_unwrapper, unwrapper
from ._signing import SigningAuth
from ._version import __version__

_R = TypeVar("_R")
T = TypeVar("T")

# The reference SDK's default page size for get_samples (openapi.yaml: Limit).
DEFAULT_LIMIT = 50
# Kept-alive connections per client. More calls in flight than this wait for a connection:
# httpcore's pool checks every open connection on each request, so past ~16 connections a
# client spends more CPU than concurrency wins (bench/README.md).
DEFAULT_MAX_CONNECTIONS = 16


def _id_chunks(ids: str | Iterable[str], size: int) -> Iterator[str]:
    """Comma-separated lists of at most `size` ids, from a list or a comma-separated text."""
    if isinstance(ids, str):
        ids = ids.split(",")
    chunk: list[str] = []
    for identifier in ids:
        identifier = identifier.strip()
        if identifier:
            chunk.append(identifier)
        if len(chunk) == size:
            yield ",".join(chunk)
            chunk = []
    if chunk:
        yield ",".join(chunk)


def _sample_queries(
    biosample_ids: str | Iterable[str] | None,
    external_sample_ids: str | Iterable[str] | None,
    limit: int,
) -> Iterator[dict[str, Any]]:
    """The get_samples arguments (first pages) that together cover every id given."""
    if (biosample_ids is None) == (external_sample_ids is None):
        raise ValueError("give exactly one of biosample_ids and external_sample_ids")
    field = "biosample_id" if biosample_ids is not None else "external_sample_id"
    ids = biosample_ids if biosample_ids is not None else external_sample_ids
    assert ids is not None
    for chunk in _id_chunks(ids, limit):
        yield {field: chunk, "page": 1, "limit": limit}


def _log_response(response: httpx.Response) -> None:
    if _core.logger.isEnabledFor(logging.DEBUG):
        response.read()
        _core.log_response(response)


async def _alog_request(request: httpx.Request) -> None:
    _core.log_request(request)


async def _alog_response(response: httpx.Response) -> None:
    if _core.logger.isEnabledFor(logging.DEBUG):
        await response.aread()
        _core.log_response(response)


class _BaseAPI(Generic[_R]):
    """The operations, written once; `_R` is what a call returns (a Model, or an awaitable)."""

    _options: Options

    def __init__(
        self,
        app_key: str,
        app_secret: str,
        endpoint: str | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        verbose: bool = False,
        *,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        transport: Any = None,
    ) -> None:
        if not isinstance(app_key, str) or not app_key:
            raise ValueError("app_key must be a non-empty string")
        if not isinstance(app_secret, str) or not app_secret:
            raise ValueError("app_secret must be a non-empty string")
        self.app_key = app_key
        self.endpoint = (endpoint or _core.DEFAULT_ENDPOINT).rstrip("/")
        if not self.endpoint.startswith(("http://", "https://")):
            raise ValueError(f"endpoint must be an http(s) URL, not {self.endpoint!r}")
        retries = _core.DEFAULT_MAX_RETRIES if max_retries is None else int(max_retries)
        if retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self._options = Options(max_retries=retries)
        self.timeout = httpx.Timeout(_core.DEFAULT_TIMEOUT if timeout is None else timeout)
        self._auth = SigningAuth(app_key, app_secret)
        self._headers = {"User-Agent": f"bge-private-python/{__version__}"}
        if max_connections < 1:
            raise ValueError("max_connections must be 1 or more")
        self._limits = httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        )
        # The async client's calls beyond the pool's size wait at this gate, not in httpcore,
        # whose pool does work for every waiting request on every change.
        self._gate = asyncio.Semaphore(max_connections)
        if verbose:
            _enable_verbose_logging()
        self._transport = transport or self._default_transport()
        self._http = self._new_http()

    def _default_transport(self) -> Any:
        raise NotImplementedError

    # What differs between the sync and async clients' HTTP layer, set by each subclass.
    _http_class: ClassVar[Any]
    _event_hooks: ClassVar[dict[str, list[Any]]]
    _attach: ClassVar[Any]  # how the generated Client takes the httpx client

    def _new_http(self) -> Any:
        """The httpx client (sharing self._transport) and the generated client around it."""
        http = self._http_class(
            base_url=self.endpoint,
            auth=self._auth,
            timeout=self.timeout,
            transport=self._transport,
            headers=self._headers,
            follow_redirects=False,
            event_hooks=self._event_hooks,
        )
        self._client = self._attach(GeneratedClient(base_url=self.endpoint), http)
        return http

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | httpx.Timeout | None = None
    ) -> Self:
        """A client for calls with other settings, sharing this one's connection pool."""
        clone = copy.copy(self)
        if max_retries is not None:
            clone._options = Options(max_retries=int(max_retries))
        if timeout is not None:
            clone.timeout = httpx.Timeout(timeout)
            clone._http = clone._new_http()
        return clone

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    def __repr__(self) -> str:
        return f"{type(self).__name__}(app_key={self.app_key!r}, endpoint={self.endpoint!r})"

    def _run(self, plan: Plan[Any]) -> _R:
        raise NotImplementedError

    # ------------------------------------------------------------------ the generated layer

    def _plan(
        self,
        operation: str,
        fields: Mapping[str, Any],
        unwrap: _core.Unwrap[Any],
        path: Mapping[str, Any] | None,
    ) -> Plan[Any]:
        """One call of `operation`, retried as the spec's x-idempotent says."""
        declared = OPERATIONS[operation]["idempotent"]
        present = {name: value for name, value in fields.items() if value is not None}
        recover = lookup_plan(declared, present, self._options)
        return call_plan(
            operation,
            present,
            unwrap,
            self._options,
            idempotent=declared is True,
            recover=recover,
            path=path,
        )


class _SubClient(SyncCaller):
    """A group of operations hung on a PrivateAPI (`private.account`), sharing its settings."""

    def __init__(self, client: PrivateAPI) -> None:
        self._client = client

    def _invoke(
        self,
        operation: str,
        fields: Mapping[str, Any],
        returns: str,
        path: Mapping[str, Any] | None,
    ) -> Any:
        return self._client._invoke(operation, fields, returns, path)

    def _iterate(
        self, operation: str, fields: Mapping[str, Any], path: Mapping[str, Any] | None
    ) -> Iterator[Any]:
        return self._client._iterate(operation, fields, path)


class _AsyncSubClient(AsyncCaller):
    """A group of operations hung on an AsyncPrivateAPI, sharing its settings."""

    def __init__(self, client: AsyncPrivateAPI) -> None:
        self._client = client

    async def _ainvoke(
        self,
        operation: str,
        fields: Mapping[str, Any],
        returns: str,
        path: Mapping[str, Any] | None,
    ) -> Any:
        return await self._client._ainvoke(operation, fields, returns, path)

    def _aiterate(
        self, operation: str, fields: Mapping[str, Any], path: Mapping[str, Any] | None
    ) -> AsyncIterator[Any]:
        return self._client._aiterate(operation, fields, path)


class Account(_SubClient, AccountOperations):
    """`private.account`: the BGE user center's accounts (verification codes, log-in, users)."""


class Report(_SubClient, ReportOperations):
    """`private.report`: reports and their quality control."""


class AsyncAccount(_AsyncSubClient, AsyncAccountOperations):
    """`private.account` of AsyncPrivateAPI: the same methods as coroutines."""


class AsyncReport(_AsyncSubClient, AsyncReportOperations):
    """`private.report` of AsyncPrivateAPI: the same methods as coroutines."""


class PrivateAPI(_BaseAPI[Model], PrivateOperations):
    """Client of the BGE private platform: one pooled connection, signed and retried calls.

    `PrivateAPI(app_key, app_secret, endpoint=None, max_retries=None, timeout=None,
    verbose=False)`: the endpoint defaults to production; `max_retries` to 3 and `timeout` to
    18 seconds; `verbose=True` logs each request and answer (signature redacted) at DEBUG level
    on the "bge_private" logger. `max_connections` (default 16) caps the kept-alive connections;
    `transport` replaces the pooled HTTP transport (a proxy, custom TLS, or httpx.MockTransport
    in tests). Close it with `close()` or use it in a `with` block.
    """

    _transport: httpx.BaseTransport

    def _default_transport(self) -> httpx.BaseTransport:
        return httpx.HTTPTransport(limits=self._limits)

    _http_class = httpx.Client
    _event_hooks: ClassVar[dict[str, list[Any]]] = {
        "request": [_core.log_request],
        "response": [_log_response],
    }
    _attach = staticmethod(GeneratedClient.set_httpx_client)

    def _run(self, plan: Plan[T]) -> T:
        outcome: Any = None
        failure: Exception | None = None
        while True:
            try:
                step = plan.send(outcome) if failure is None else plan.throw(failure)
            except StopIteration as stop:
                result: T = stop.value
                return result
            outcome, failure = None, None
            try:
                if isinstance(step, Send):
                    outcome = step.operation.sync_detailed(client=self._client, **step.arguments())
                else:
                    time.sleep(step.seconds)
            except Exception as exc:  # handed to the plan, which decides what it means
                failure = exc

    @property
    def account(self) -> Account:
        """The accounts of the BGE user center (the reference's `private.account`)."""
        return Account(self)

    @property
    def report(self) -> Report:
        """Reports and their QC (the reference's `private.report`)."""
        return Report(self)

    def _invoke(
        self,
        operation: str,
        fields: Mapping[str, Any],
        returns: str,
        path: Mapping[str, Any] | None,
    ) -> Any:
        return self._run(self._plan(operation, fields, unwrapper(returns, fields), path))

    def _iterate(
        self, operation: str, fields: Mapping[str, Any], path: Mapping[str, Any] | None
    ) -> Iterator[Any]:
        declaration = OPERATIONS[operation]["pagination"]
        current: dict[str, Any] | None = dict(fields)
        while current is not None:
            unwrap = page_unwrapper(declaration, current)
            items, current = self._run(self._plan(operation, current, unwrap, path))
            yield from items

    def iter_samples(
        self,
        biosample_ids: str | Iterable[str] | None = None,
        external_sample_ids: str | Iterable[str] | None = None,
        *,
        limit: int = DEFAULT_LIMIT,
    ) -> Iterator[Model]:
        """Every sample for any number of ids, fetched lazily, `limit` ids per request.

        Give exactly one of `biosample_ids` and `external_sample_ids` (a list, any iterable, or
        a comma-separated text). Ids that do not exist are skipped. Memory stays flat: one page
        is held at a time.
        """
        for query in _sample_queries(biosample_ids, external_sample_ids, limit):
            while True:
                page = self.get_samples(**query)
                yield from page["result"]
                if page["next_page"] is None:
                    break
                query["page"] = page["next_page"]

    def iter_target_users(
        self, AND: Any = None, OR: Any = None, *, limit: int = DEFAULT_LIMIT
    ) -> Iterator[Model]:
        """Every user survey_target finds, following its pages lazily."""
        return self.iter_survey_target(AND, OR, limit=limit)

    def close(self) -> None:
        """Closes the pooled connections."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncPrivateAPI(_BaseAPI[Coroutine[Any, Any, Model]], AsyncPrivateOperations):
    """The asyncio client: the same methods as PrivateAPI, as coroutines.

    Use it in an `async with` block, or `await api.close()`.
    """

    _transport: httpx.AsyncBaseTransport

    def _default_transport(self) -> httpx.AsyncBaseTransport:
        return httpx.AsyncHTTPTransport(limits=self._limits)

    _http_class = httpx.AsyncClient
    _event_hooks: ClassVar[dict[str, list[Any]]] = {
        "request": [_alog_request],
        "response": [_alog_response],
    }
    _attach = staticmethod(GeneratedClient.set_async_httpx_client)

    def _run(self, plan: Plan[T]) -> Coroutine[Any, Any, T]:
        return self._arun(plan)

    async def _arun(self, plan: Plan[T]) -> T:
        outcome: Any = None
        failure: Exception | None = None
        while True:
            try:
                step = plan.send(outcome) if failure is None else plan.throw(failure)
            except StopIteration as stop:
                result: T = stop.value
                return result
            outcome, failure = None, None
            try:
                if isinstance(step, Send):
                    async with self._gate:
                        outcome = await step.operation.asyncio_detailed(
                            client=self._client, **step.arguments()
                        )
                else:
                    await asyncio.sleep(step.seconds)
            except Exception as exc:  # handed to the plan, which decides what it means
                failure = exc

    @property
    def account(self) -> AsyncAccount:
        """The accounts of the BGE user center (the reference's `private.account`)."""
        return AsyncAccount(self)

    @property
    def report(self) -> AsyncReport:
        """Reports and their QC (the reference's `private.report`)."""
        return AsyncReport(self)

    async def _ainvoke(
        self,
        operation: str,
        fields: Mapping[str, Any],
        returns: str,
        path: Mapping[str, Any] | None,
    ) -> Any:
        return await self._arun(self._plan(operation, fields, unwrapper(returns, fields), path))

    async def _aiterate(
        self, operation: str, fields: Mapping[str, Any], path: Mapping[str, Any] | None
    ) -> AsyncIterator[Any]:
        declaration = OPERATIONS[operation]["pagination"]
        current: dict[str, Any] | None = dict(fields)
        while current is not None:
            unwrap = page_unwrapper(declaration, current)
            items, current = await self._arun(self._plan(operation, current, unwrap, path))
            for item in items:
                yield item

    async def iter_samples(
        self,
        biosample_ids: str | Iterable[str] | None = None,
        external_sample_ids: str | Iterable[str] | None = None,
        *,
        limit: int = DEFAULT_LIMIT,
        concurrency: int = 4,
    ) -> AsyncIterator[Model]:
        """Every sample for any number of ids (see PrivateAPI.iter_samples), in order.

        Up to `concurrency` requests are in flight at once; memory stays flat, bounded by
        `concurrency` pages.
        """
        if concurrency < 1:
            raise ValueError("concurrency must be 1 or more")
        queries = _sample_queries(biosample_ids, external_sample_ids, limit)
        pending: collections.deque[asyncio.Task[list[Model]]] = collections.deque()
        try:
            for query in itertools.islice(queries, concurrency):
                pending.append(asyncio.ensure_future(self._all_pages(query)))
            while pending:
                samples = await pending.popleft()
                for query in itertools.islice(queries, 1):
                    pending.append(asyncio.ensure_future(self._all_pages(query)))
                for sample in samples:
                    yield sample
        finally:
            for task in pending:
                task.cancel()

    async def _all_pages(self, query: dict[str, Any]) -> list[Model]:
        samples: list[Model] = []
        while True:
            page = await self.get_samples(**query)
            samples.extend(page["result"])
            if page["next_page"] is None:
                return samples
            query = {**query, "page": page["next_page"]}

    def iter_target_users(
        self, AND: Any = None, OR: Any = None, *, limit: int = DEFAULT_LIMIT
    ) -> AsyncIterator[Model]:
        """Every user survey_target finds, following its pages lazily."""
        return self.iter_survey_target(AND, OR, limit=limit)

    async def close(self) -> None:
        """Closes the pooled connections."""
        await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


def _enable_verbose_logging() -> None:
    logger = _core.logger
    logger.setLevel(logging.DEBUG)
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
