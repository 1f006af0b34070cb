"""The sandbox as a Starlette application, routed from the packaged openapi.yaml."""

from __future__ import annotations

import hashlib
import inspect
import json
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp

from .auth import DEFAULT_RATE_LIMIT, Authenticator, RateLimit
from .bodies import DEFAULT_MAX_PART_BYTES, DEFAULT_MAX_UPLOAD_BYTES, BodyLimits, read_request
from .credentials import DEMO_APP_KEY, DEMO_APP_SECRET
from .docs import STATIC_PREFIX, reference_page, swagger_ui_directory
from .errors import INTERNAL_ERROR, INVALID_ARGUMENT, NOT_FOUND, SERVICE_BUSY, ApiError
from .faults import FaultConfig, FaultInjector
from .forms import (
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_REQUEST_TIMEOUT_SECONDS,
    build_form,
    check_content_type,
)
from .handlers import HANDLERS, Handler
from .records import attribute_places
from .spec import Operation, SpecError, load_spec, operations, spec_bytes
from .store import MEMORY, Store
from .stores.effects import EffectStore

logger = logging.getLogger(__name__)

SPEC_PATH = "/openapi.yaml"
DOC_PATH = "/doc"
EFFECTS_PATH = "/_sandbox/effects"


def _json_response(payload: object, status_code: int = 200) -> Response:
    # allow_nan=False: a NaN would make the answer invalid JSON; better to fail here, loudly.
    body = json.dumps(payload, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return Response(body.encode("utf-8"), status_code=status_code, media_type="application/json")


def _envelope_response(error: ApiError, status_code: int | None = None) -> Response:
    response = _json_response(
        error.envelope().model_dump(mode="json"),
        error.status_code if status_code is None else status_code,
    )
    response.headers.update(error.headers)
    return response


def _path_arguments(operation: Operation, request: Request) -> dict[str, Any]:
    """The operation's path parameters, each checked by its schema."""
    arguments: dict[str, Any] = {}
    for parameter in operation.path_parameters:
        try:
            arguments[parameter.name] = parameter.adapter.validate_python(
                request.path_params[parameter.name]
            )
        except ValidationError as exc:
            reason = exc.errors(include_url=False, include_input=False)[0]["msg"]
            raise ApiError(
                INVALID_ARGUMENT,
                f"invalid argument: {parameter.name} (in the path): "
                f"{reason[:1].lower()}{reason[1:]}",
            ) from None
    return arguments


def _effect_fields(
    operation: Operation,
    form: BaseModel,
    files: Mapping[str, str],
    arguments: Mapping[str, Any],
) -> dict[str, Any]:
    """What an external-effect request asked for: its fields as validated, files summarised."""
    fields: dict[str, Any] = form.model_dump(
        mode="json", exclude_unset=True, exclude=set(operation.file_fields)
    )
    for name in files:
        content = getattr(form, name, None)
        if isinstance(content, bytes):
            fields[name] = {
                "filename": files[name],
                "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
            }
    fields.update(arguments)
    return fields


def handler_keywords(operation: Operation) -> dict[str, Any]:
    """The keyword arguments a handler of `operation` is called with (placeholder values)."""
    keywords: dict[str, Any] = {parameter.name: None for parameter in operation.path_parameters}
    if operation.file_fields:
        keywords["filenames"] = {}
    return keywords


def check_handler(operation: Operation, handler: Handler) -> None:
    """Fail at start-up when `handler` cannot take what the app will pass it."""
    keywords = handler_keywords(operation)
    try:
        inspect.signature(handler).bind(None, None, **keywords)
    except TypeError as exc:
        wanted = "".join(f", {name}=..." for name in keywords)
        raise SpecError(
            f"the handler of {operation.operation_id} must take (store, form{wanted}): {exc}"
        ) from None


def operation_endpoint(
    operation: Operation,
    handler: Handler,
    store: Store,
    authenticator: Authenticator,
    limits: BodyLimits,
) -> Callable[[Request], Awaitable[Response]]:
    """The endpoint serving one operation: read, authenticate, validate, handle, answer."""
    effects = store.family(EffectStore) if operation.external_effect else None

    def handle(form: BaseModel, files: dict[str, str], arguments: dict[str, Any]) -> BaseModel:
        keywords = dict(arguments)
        if operation.file_fields:
            keywords["filenames"] = files
        answer = handler(store, form, **keywords)
        if not isinstance(answer, operation.response_model):
            raise TypeError(
                f"handler for {operation.operation_id} answered {type(answer).__name__}, "
                f"not {operation.response_model.__name__}"
            )
        if effects is not None and getattr(answer, "code", None) == 0:
            effects.record(
                operation.operation_id, _effect_fields(operation, form, files, arguments)
            )
        return answer

    async def endpoint(request: Request) -> Response:
        try:
            body = operation.bodies[check_content_type(request, operation.media_types)]
            received = await read_request(request, body, limits)

            def authenticate_and_handle() -> BaseModel:
                authenticator.authenticate(received.signed)
                arguments = _path_arguments(operation, request)
                form = build_form(body, received.own)
                return handle(form, received.filenames, arguments)

            # The nonce check and the store calls block (SQLite), so they run in a worker thread
            # rather than on the event loop that every connection shares; one hop for all.
            answer = await run_in_threadpool(authenticate_and_handle)
            # exclude_unset: an optional member the handler did not set is left out, not sent
            # as null (the platform does not send members it has no value for).
            return _json_response(answer.model_dump(mode="json", exclude_unset=True))
        except ApiError as error:
            return _envelope_response(error)
        except ClientDisconnect:
            # Nobody is left to read an answer.
            return Response(status_code=400)
        except sqlite3.OperationalError as exc:
            # Another process holding the database file past the busy timeout: retryable.
            if "locked" in str(exc) or "busy" in str(exc):
                busy = ApiError(SERVICE_BUSY, "the database is busy; retry later")
                return _envelope_response(busy)
            logger.exception("%s failed", operation.operation_id)
            return _envelope_response(ApiError(INTERNAL_ERROR, "internal error in the sandbox"))
        except Exception:
            # A bug, not bad input: HTTP 500 so that tests (schemathesis' server-error check
            # among them) cannot mistake it for an ordinary envelope error.
            logger.exception("%s failed", operation.operation_id)
            return _envelope_response(
                ApiError(INTERNAL_ERROR, "internal error in the sandbox; see its log"), 500
            )

    endpoint.__name__ = operation.operation_id
    return endpoint


async def _not_found(request: Request, exc: Exception) -> Response:
    path = request.url.path
    return _envelope_response(
        ApiError(NOT_FOUND, f"no such path: {path}; the API reference is at {DOC_PATH}"), 404
    )


async def _method_not_allowed(request: Request, exc: Exception) -> Response:
    response = _envelope_response(
        ApiError(INVALID_ARGUMENT, f"{request.method} is not allowed on {request.url.path}"), 405
    )
    if isinstance(exc, HTTPException) and exc.headers:
        response.headers.update(exc.headers)
    return response


def create_app(
    db: Store | str | Path = MEMORY,
    *,
    credentials: Mapping[str, str] | None = None,
    faults: FaultConfig | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
    max_part_bytes: int = DEFAULT_MAX_PART_BYTES,
    rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
    request_timeout: float = DEFAULT_REQUEST_TIMEOUT_SECONDS,
    clock: Callable[[], float] = time.time,
    operation_table: Sequence[Operation] | None = None,
    handlers: Mapping[str, Handler] | None = None,
) -> ASGIApp:
    """Build the sandbox application.

    `db` is a Store or the path of its SQLite file (a Store made here is closed when the app
    shuts down). `credentials` maps app keys to secrets (default: the documented demo pair).
    With `faults`, a seeded share of operation requests fail (see faults.FaultKind).
    `max_body_bytes` bounds a form or JSON body; `max_upload_bytes` a multipart body and
    `max_part_bytes` each of its parts. `rate_limit` applies to each app key on its own (None:
    no limit); `request_timeout` is how long a request's body may take to arrive.
    `operation_table` and `handlers` replace the packaged spec's operations and the handlers
    of handlers/ (for tests of the app itself).
    """
    store = db if isinstance(db, Store) else Store(db)
    owns_store = not isinstance(db, Store)
    authenticator = Authenticator(
        credentials if credentials is not None else {DEMO_APP_KEY: DEMO_APP_SECRET},
        store,
        rate_limit=rate_limit,
        clock=clock,
    )
    ops = list(operations() if operation_table is None else operation_table)
    table = HANDLERS if handlers is None else handlers
    limits = BodyLimits(max_body_bytes, max_upload_bytes, max_part_bytes, request_timeout)
    # Fail at start-up, not at the first request, when the models and the sandbox disagree.
    attribute_places()
    missing = [op.operation_id for op in ops if op.operation_id not in table]
    if missing:
        raise SpecError(
            f"openapi.yaml has operations the sandbox does not implement: {', '.join(missing)}; "
            "add a handler to a family module in bge_private_sandbox/handlers/"
        )
    for op in ops:
        check_handler(op, table[op.operation_id])
    # As OpenAPI says: a literal path (/openbge/model/deploy) wins over a template that also
    # matches it (/openbge/model/{model_id}), so templates are routed last.
    routes: list[Route | Mount] = [
        Route(
            op.path,
            operation_endpoint(op, table[op.operation_id], store, authenticator, limits),
            methods=[op.method],
            name=op.operation_id,
        )
        for op in sorted(ops, key=lambda op: op.templated)
    ]
    effect_operations = sorted(op.operation_id for op in ops if op.external_effect)
    title = f"{load_spec().get('info', {}).get('title', 'API')} (sandbox)"
    page = reference_page(title, SPEC_PATH)

    async def serve_spec(request: Request) -> Response:
        return Response(spec_bytes(), media_type="application/yaml; charset=utf-8")

    async def serve_reference(request: Request) -> Response:
        return Response(page, media_type="text/html")

    async def home(request: Request) -> Response:
        return RedirectResponse(DOC_PATH)

    async def serve_effects(request: Request) -> Response:
        unknown = sorted(set(request.query_params) - {"operation"})
        if unknown:
            problem = f"unknown query parameter(s): {', '.join(unknown)}; only operation is taken"
            return _envelope_response(ApiError(INVALID_ARGUMENT, problem), 400)
        operation = request.query_params.get("operation")
        if operation is not None and operation not in effect_operations:
            recorded = ", ".join(effect_operations) or "none"
            problem = (
                f"{operation!r} is not an operation with x-external-effect; recorded: {recorded}"
            )
            return _envelope_response(ApiError(INVALID_ARGUMENT, problem), 400)
        effects = await run_in_threadpool(store.effects, operation)
        return _json_response([effect.as_json() for effect in effects])

    routes += [
        Route("/", home, methods=["GET"]),
        Route(EFFECTS_PATH, serve_effects, methods=["GET"]),
        Route(SPEC_PATH, serve_spec, methods=["GET"]),
        Route(DOC_PATH, serve_reference, methods=["GET"]),
        Mount(STATIC_PREFIX, app=StaticFiles(directory=swagger_ui_directory())),
    ]

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        if owns_store:
            store.close()

    app = Starlette(
        routes=routes,
        exception_handlers={404: _not_found, 405: _method_not_allowed},
        lifespan=lifespan,
    )
    # POST /path/ is a 404 like any unknown path: a redirect would be built from the Host header.
    app.router.redirect_slashes = False
    app.state.store = store
    app.state.authenticator = authenticator
    if faults is None:
        return app
    # Outermost, so that it sees the server's own `send` (see faults.close_connection).
    return FaultInjector(app, faults, {op.path for op in ops})
