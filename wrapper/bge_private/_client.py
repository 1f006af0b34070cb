"""PrivateAPI and AsyncPrivateAPI: the platform's operations under the reference SDK's names."""

from __future__ import annotations

import collections
import copy
import itertools
import logging
import time
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

import httpx

if TYPE_CHECKING:
    # asyncio costs as much to import as httpx itself; only the async client loads it.
    import asyncio

from . import _core
from . import _generated as generated
from ._base import AsyncCaller, SyncCaller
from ._core import Options, Plan, Send, Unwrap, call_plan
from ._errors import RequestValidationError
from ._generated import OPERATIONS
from ._model import Model
from ._operations import _excerpt, problem_alone
from ._redact import key_hint
from ._shapes import page_unwrapper, unwrapper
from ._signing import SigningAuth
from ._version import __version__

T = TypeVar("T")

# The reference SDK's default page size for get_samples (openapi.yaml: Limit).
DEFAULT_LIMIT = 50
# Kept-alive connections per client. More calls in flight than this wait for a connection:
# httpcore's pool checks every open connection on each request, so past ~16 connections a
# client spends more CPU than concurrency wins (bench/README.md).
DEFAULT_MAX_CONNECTIONS = 16


def _id_chunks(ids: str | Iterable[Any], size: int, *, param: str, field: str) -> Iterator[str]:
    """Comma-separated lists of at most `size` ids, from a list or a comma-separated text.

    Each list is checked before it is handed on; a bad id is reported as `param[position]`.
    """
    items: Iterable[Any] = ids.split(",") if isinstance(ids, str) else ids
    chunk: list[tuple[int, str]] = []
    for position, identifier in enumerate(items):
        if not isinstance(identifier, str):
            problem = problem_alone("get_samples", field, identifier) or "is not text"
            raise RequestValidationError([f"{param}[{position}]: {problem}"], operation=_ITER)
        identifier = identifier.strip()
        if not identifier:
            continue
        if "," in identifier:
            problem = f"{_excerpt(identifier)} contains a comma, which separates ids"
            raise RequestValidationError([f"{param}[{position}]: {problem}"], operation=_ITER)
        chunk.append((position, identifier))
        if len(chunk) == size:
            yield _checked_chunk(chunk, param, field)
            chunk = []
    if chunk:
        yield _checked_chunk(chunk, param, field)


_ITER = "iter_samples"


def _checked_chunk(chunk: list[tuple[int, str]], param: str, field: str) -> str:
    """The ids of `chunk` as one text; a RequestValidationError naming the first bad one."""
    text = ",".join(identifier for _, identifier in chunk)
    problem = problem_alone("get_samples", field, text)
    if problem is None:
        return text
    for position, identifier in chunk:
        alone = problem_alone("get_samples", field, identifier)
        if alone is not None:
            raise RequestValidationError([f"{param}[{position}]: {alone}"], operation=_ITER)
    raise RequestValidationError([f"{param}: {problem}"], operation=_ITER)


def _sample_queries(
    biosample_ids: str | Iterable[str] | None,
    external_sample_ids: str | Iterable[str] | None,
    limit: int,
) -> Iterator[dict[str, Any]]:
    """The get_samples arguments (first pages) that together cover every id given."""
    if (biosample_ids is None) == (external_sample_ids is None):
        problem = "give exactly one of biosample_ids and external_sample_ids"
        raise RequestValidationError([problem], operation=_ITER)
    if biosample_ids is not None:
        chunks = _id_chunks(biosample_ids, limit, param="biosample_ids", field="biosample_id")
        field = "biosample_id"
    else:
        assert external_sample_ids is not None
        chunks = _id_chunks(
            external_sample_ids, limit, param="external_sample_ids", field="external_sample_id"
        )
        field = "external_sample_id"
    for chunk in chunks:
        yield {field: chunk, "page": 1, "limit": limit}


# What a request whose body is signed already goes through in place of the client's SigningAuth.
_PRESIGNED = httpx.Auth()
_FORM = "application/x-www-form-urlencoded"


def _presigned(auth: SigningAuth, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The generated function's request arguments, a form signed here rather than by httpx.

    httpx would encode the form, and SigningAuth parse it back, sign it and replace the body:
    the same bytes are built here at once from the fields (SigningAuth.sign_form), and the
    request skips the client's auth. A request with files or JSON, or with an empty form
    (which httpx gives its headers in another order), is signed by the client's auth as ever.
    """
    data = kwargs.get("data")
    if not data or kwargs["headers"].get("Content-Type") != _FORM:
        return kwargs
    signed = {name: value for name, value in kwargs.items() if name != "data"}
    signed["content"] = auth.sign_form(data)
    signed["auth"] = _PRESIGNED
    return signed


def _log_response(response: httpx.Response) -> None:
    if _core.wire_logger.isEnabledFor(logging.DEBUG):
        response.read()
        _core.log_response(response)


async def _alog_request(request: httpx.Request) -> None:
    _core.log_request(request)


async def _alog_response(response: httpx.Response) -> None:
    if _core.wire_logger.isEnabledFor(logging.DEBUG):
        await response.aread()
        _core.log_response(response)


class _BaseAPI:
    """What both clients share: settings, signing, the HTTP layer.

    The operations are generated from the spec (_generated.py): a method of PrivateAPI is
    `self._invoke(operation_id, fields, returns, path)`, one of AsyncPrivateAPI awaits
    `self._ainvoke(...)`; everything else comes from the operation's spec and the shared core.
    """

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
        self._options = _core.settings(
            endpoint=endpoint or _core.DEFAULT_ENDPOINT, max_retries=max_retries, timeout=timeout
        )
        self.verbose = bool(verbose)
        self._auth = SigningAuth(app_key, app_secret)
        self._headers = {"User-Agent": f"bge-private-python/{__version__}"}
        if isinstance(max_connections, bool) or not isinstance(max_connections, int):
            raise TypeError(f"max_connections must be an int, not {max_connections!r}")
        if max_connections < 1:
            raise ValueError("max_connections must be 1 or more")
        self._limits = httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        )
        if self.verbose:
            _core.enable_wire_log()
        self._transport = transport or self._default_transport()
        self._http = self._new_http()
        self._prepare()

    def _prepare(self) -> None:
        """What a client needs beyond the shared set-up (the async client's gate)."""

    def _default_transport(self) -> Any:
        raise NotImplementedError

    # What differs between the sync and async clients' HTTP layer, set by each subclass.
    _http_class: ClassVar[Any]
    _log_hooks: ClassVar[dict[str, list[Any]]]  # installed on verbose clients only
    _attach: ClassVar[str]  # the generated Client's method that takes the httpx client

    def _new_http(self) -> Any:
        """The httpx client (sharing self._transport) and the generated client around it."""
        http = self._http_class(
            base_url=self.endpoint,
            auth=self._auth,
            timeout=self.timeout,
            transport=self._transport,
            headers=self._headers,
            follow_redirects=False,
            event_hooks=self._log_hooks if self.verbose else {},
        )
        # Imported here: the generated Client (and attrs under it) is not needed to import
        # bge_private, only to make a client (import time is a target: bench/README.md).
        from bge_private_client.client import Client as GeneratedClient

        self._client = getattr(GeneratedClient(base_url=self.endpoint), self._attach)(http)
        return http

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        create_if_absent: bool | None = None,
    ) -> Self:
        """A client for calls with other settings, sharing this one's connection pool.

        The settings are checked as the constructor checks them. `create_if_absent=True` makes
        every write that has a lookup key (register_sample with an `external_sample_id`) look
        for what it would create first, and create it only when it is absent: the safe way to
        send again a call that failed with OutcomeUnknownError, or any failed call. It costs
        one lookup (a get_samples call) per write; a write without its lookup key is refused.
        """
        options = _core.settings(
            self._options,
            max_retries=max_retries,
            timeout=timeout,
            create_if_absent=create_if_absent,
        )
        clone = copy.copy(self)
        clone._options = options
        if options.timeout != self._options.timeout:
            clone._http = clone._new_http()
        return clone

    @property
    def endpoint(self) -> str:
        return self._options.endpoint

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    @property
    def create_if_absent(self) -> bool:
        return self._options.create_if_absent

    def __repr__(self) -> str:
        key = key_hint(self.app_key)
        return f"{type(self).__name__}(app_key={key!r}, endpoint={self.endpoint!r})"

    def _plan(
        self,
        name: str,
        fields: Mapping[str, Any],
        unwrap: Unwrap[T],
        path: Mapping[str, Any] | None = None,
    ) -> Plan[T]:
        return call_plan(name, fields, unwrap, self._options, path=path)

    def _page(
        self, name: str, fields: Mapping[str, Any], path: Mapping[str, Any] | None
    ) -> Plan[tuple[list[Any], dict[str, Any] | None]]:
        """One page of a paginated operation: its items, and the next page's fields or None."""
        unwrap = page_unwrapper(OPERATIONS[name]["pagination"], fields)
        return self._plan(name, fields, unwrap, path)


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


class Account(_SubClient, generated.Account):
    """`private.account`: the BGE user center's accounts (verification codes, log-in, users)."""


class Report(_SubClient, generated.Report):
    """`private.report`: reports and their quality control."""


class AsyncAccount(_AsyncSubClient, generated.AsyncAccount):
    """`private.account` of AsyncPrivateAPI: the same methods as coroutines."""


class AsyncReport(_AsyncSubClient, generated.AsyncReport):
    """`private.report` of AsyncPrivateAPI: the same methods as coroutines."""


class PrivateAPI(_BaseAPI, generated.PrivateAPI):
    """Client of the BGE private platform: one pooled connection, signed and retried calls.

    `PrivateAPI(app_key, app_secret, endpoint=None, max_retries=None, timeout=None,
    verbose=False)`: the endpoint defaults to production; `max_retries` to 3 and `timeout` to
    18 seconds; `verbose=True` logs this client's requests and answers (signature redacted) at
    DEBUG level on the "bge_private.wire" logger. `max_connections` (default 16) caps the
    kept-alive connections; `transport` replaces the pooled HTTP transport (a proxy, custom
    TLS, or httpx.MockTransport in tests). Close it with `close()` or use it in a `with` block.
    """

    _transport: httpx.BaseTransport

    def _default_transport(self) -> httpx.BaseTransport:
        return httpx.HTTPTransport(limits=self._limits)

    _http_class = httpx.Client
    _log_hooks: ClassVar[dict[str, list[Any]]] = {
        "request": [_core.log_request],
        "response": [_log_response],
    }
    _attach = "set_httpx_client"

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
                    outcome = self._send(step)
                else:
                    time.sleep(step.seconds)
            except Exception as exc:  # handed to the plan, which decides what it means
                failure = exc

    def _send(self, step: Send) -> Any:
        """One attempt: the generated module's sync_detailed, its form signed beforehand."""
        module, client = step.operation.module, self._client
        kwargs = _presigned(self._auth, module._get_kwargs(**step.arguments()))
        response = client.get_httpx_client().request(**kwargs)
        return module._build_response(client=client, response=response)

    # ------------------------------------------------------------------ the generated layer

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
        current: dict[str, Any] | None = dict(fields)
        while current is not None:
            items, current = self._run(self._page(operation, current, path))
            yield from items

    @property
    def account(self) -> Account:
        """The accounts of the BGE user center (the reference's `private.account`)."""
        return Account(self)

    @property
    def report(self) -> Report:
        """Reports and their QC (the reference's `private.report`)."""
        return Report(self)

    # ------------------------------------------------------------------ iterators

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
        is held at a time. A malformed id raises RequestValidationError naming it and its
        position (`biosample_ids[3]: ...`) before the request that would hold it is sent.
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


class AsyncPrivateAPI(_BaseAPI, generated.AsyncPrivateAPI):
    """The asyncio client: the same methods as PrivateAPI, as coroutine functions.

    Use it in an `async with` block, or `await api.close()`.
    """

    _transport: httpx.AsyncBaseTransport
    _gate: asyncio.Semaphore

    def _prepare(self) -> None:
        import asyncio

        # Calls beyond the pool's size wait at this gate, not in httpcore, whose pool does work
        # for every waiting request on every change.
        self._gate = asyncio.Semaphore(self._limits.max_connections or 1)

    def _default_transport(self) -> httpx.AsyncBaseTransport:
        return httpx.AsyncHTTPTransport(limits=self._limits)

    _http_class = httpx.AsyncClient
    _log_hooks: ClassVar[dict[str, list[Any]]] = {
        "request": [_alog_request],
        "response": [_alog_response],
    }
    _attach = "set_async_httpx_client"

    async def _arun(self, plan: Plan[T]) -> T:
        import asyncio

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
                        outcome = await self._asend(step)
                else:
                    await asyncio.sleep(step.seconds)
            except Exception as exc:  # handed to the plan, which decides what it means
                failure = exc

    async def _asend(self, step: Send) -> Any:
        """One attempt: the generated module's asyncio_detailed, its form signed beforehand."""
        module, client = step.operation.module, self._client
        kwargs = _presigned(self._auth, module._get_kwargs(**step.arguments()))
        response = await client.get_async_httpx_client().request(**kwargs)
        return module._build_response(client=client, response=response)

    # ------------------------------------------------------------------ the generated layer

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
        current: dict[str, Any] | None = dict(fields)
        while current is not None:
            items, current = await self._arun(self._page(operation, current, path))
            for item in items:
                yield item

    @property
    def account(self) -> AsyncAccount:
        """The accounts of the BGE user center (the reference's `private.account`)."""
        return AsyncAccount(self)

    @property
    def report(self) -> AsyncReport:
        """Reports and their QC (the reference's `private.report`)."""
        return AsyncReport(self)

    # ------------------------------------------------------------------ iterators

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
        import asyncio

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
