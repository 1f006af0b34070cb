from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.invoke_task_form import InvokeTaskForm
from ...models.invoke_task_response import InvokeTaskResponse
from ...types import Response


def _get_kwargs(
    *,
    body: InvokeTaskForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/task/invoke",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=("args", "kwargs"))
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | InvokeTaskResponse | None:
    if response.status_code == 200:
        response_200 = InvokeTaskResponse.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if response.status_code == 502:
        response_502 = cast(Any, None)
        return response_502

    if response.status_code == 503:
        response_503 = cast(Any, None)
        return response_503

    if response.status_code == 504:
        response_504 = cast(Any, None)
        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | InvokeTaskResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InvokeTaskForm,
) -> Response[Any | InvokeTaskResponse]:
    """Run a platform task (调用任务).

     Runs the named task with the given arguments, before answering (`sync`) or in the background
    (`async`, the default). Not in the documentation; the answer's shape is not documented (the
    reference's docstring says "the task name"). Every call runs the task again, so a call whose
    answer is lost is not repeated.

    `args` and `kwargs` are JSON text. The reference sends `[]` for an empty `kwargs` too (a list, a
    bug); the SDK sends `{}`.

    Its real effect is outside the platform's records (the task runs on the platform's workers and
    does what it does); the sandbox records the call (`x-external-effect`) and creates the task,
    which `task` and `task_result` then read, without running anything.

    Args:
        body (InvokeTaskForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | InvokeTaskResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: InvokeTaskForm,
) -> Any | InvokeTaskResponse | None:
    """Run a platform task (调用任务).

     Runs the named task with the given arguments, before answering (`sync`) or in the background
    (`async`, the default). Not in the documentation; the answer's shape is not documented (the
    reference's docstring says "the task name"). Every call runs the task again, so a call whose
    answer is lost is not repeated.

    `args` and `kwargs` are JSON text. The reference sends `[]` for an empty `kwargs` too (a list, a
    bug); the SDK sends `{}`.

    Its real effect is outside the platform's records (the task runs on the platform's workers and
    does what it does); the sandbox records the call (`x-external-effect`) and creates the task,
    which `task` and `task_result` then read, without running anything.

    Args:
        body (InvokeTaskForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | InvokeTaskResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InvokeTaskForm,
) -> Response[Any | InvokeTaskResponse]:
    """Run a platform task (调用任务).

     Runs the named task with the given arguments, before answering (`sync`) or in the background
    (`async`, the default). Not in the documentation; the answer's shape is not documented (the
    reference's docstring says "the task name"). Every call runs the task again, so a call whose
    answer is lost is not repeated.

    `args` and `kwargs` are JSON text. The reference sends `[]` for an empty `kwargs` too (a list, a
    bug); the SDK sends `{}`.

    Its real effect is outside the platform's records (the task runs on the platform's workers and
    does what it does); the sandbox records the call (`x-external-effect`) and creates the task,
    which `task` and `task_result` then read, without running anything.

    Args:
        body (InvokeTaskForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | InvokeTaskResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InvokeTaskForm,
) -> Any | InvokeTaskResponse | None:
    """Run a platform task (调用任务).

     Runs the named task with the given arguments, before answering (`sync`) or in the background
    (`async`, the default). Not in the documentation; the answer's shape is not documented (the
    reference's docstring says "the task name"). Every call runs the task again, so a call whose
    answer is lost is not repeated.

    `args` and `kwargs` are JSON text. The reference sends `[]` for an empty `kwargs` too (a list, a
    bug); the SDK sends `{}`.

    Its real effect is outside the platform's records (the task runs on the platform's workers and
    does what it does); the sandbox records the call (`x-external-effect`) and creates the task,
    which `task` and `task_result` then read, without running anything.

    Args:
        body (InvokeTaskForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | InvokeTaskResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
