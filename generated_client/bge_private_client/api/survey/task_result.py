from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.task_result_form import TaskResultForm
from ...models.task_result_response import TaskResultResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TaskResultForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/survey/task",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TaskResultResponse | None:
    if response.status_code == 200:
        response_200 = TaskResultResponse.from_dict(response.json())

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
) -> Response[Any | TaskResultResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaskResultForm,
) -> Response[Any | TaskResultResponse]:
    """The state and result of an asynchronous task (获取异步任务运行结果).

     Answers the task's Celery-style state and, once it has succeeded, the URLs of the files
    it produced. A task id the platform does not know is `PENDING`, like a task that has not
    started yet, so poll with a deadline.

    Args:
        body (TaskResultForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskResultResponse]
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
    body: TaskResultForm,
) -> Any | TaskResultResponse | None:
    """The state and result of an asynchronous task (获取异步任务运行结果).

     Answers the task's Celery-style state and, once it has succeeded, the URLs of the files
    it produced. A task id the platform does not know is `PENDING`, like a task that has not
    started yet, so poll with a deadline.

    Args:
        body (TaskResultForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskResultResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaskResultForm,
) -> Response[Any | TaskResultResponse]:
    """The state and result of an asynchronous task (获取异步任务运行结果).

     Answers the task's Celery-style state and, once it has succeeded, the URLs of the files
    it produced. A task id the platform does not know is `PENDING`, like a task that has not
    started yet, so poll with a deadline.

    Args:
        body (TaskResultForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskResultResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TaskResultForm,
) -> Any | TaskResultResponse | None:
    """The state and result of an asynchronous task (获取异步任务运行结果).

     Answers the task's Celery-style state and, once it has succeeded, the URLs of the files
    it produced. A task id the platform does not know is `PENDING`, like a task that has not
    started yet, so poll with a deadline.

    Args:
        body (TaskResultForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskResultResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
