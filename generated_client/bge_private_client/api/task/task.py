from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.task_form import TaskForm
from ...models.task_response import TaskResponse
from ...types import Response


def _get_kwargs(
    task_id: str,
    *,
    body: TaskForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/task/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | TaskResponse | None:
    if response.status_code == 200:
        response_200 = TaskResponse.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | TaskResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskForm,
) -> Response[Any | TaskResponse]:
    """A platform task by its id (获取任务结果).

     The state and result of a task, such as the one `commit_batch` starts (its `task_url` is this
    path). The id is in the path; the body carries only the signing fields. Not in the
    documentation.

    Args:
        task_id (str):
        body (TaskForm): No fields: the task is named in the path, and the body carries only the
            signing fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskForm,
) -> Any | TaskResponse | None:
    """A platform task by its id (获取任务结果).

     The state and result of a task, such as the one `commit_batch` starts (its `task_url` is this
    path). The id is in the path; the body carries only the signing fields. Not in the
    documentation.

    Args:
        task_id (str):
        body (TaskForm): No fields: the task is named in the path, and the body carries only the
            signing fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskResponse
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskForm,
) -> Response[Any | TaskResponse]:
    """A platform task by its id (获取任务结果).

     The state and result of a task, such as the one `commit_batch` starts (its `task_url` is this
    path). The id is in the path; the body carries only the signing fields. Not in the
    documentation.

    Args:
        task_id (str):
        body (TaskForm): No fields: the task is named in the path, and the body carries only the
            signing fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskForm,
) -> Any | TaskResponse | None:
    """A platform task by its id (获取任务结果).

     The state and result of a task, such as the one `commit_batch` starts (its `task_url` is this
    path). The id is in the path; the body carries only the signing fields. Not in the
    documentation.

    Args:
        task_id (str):
        body (TaskForm): No fields: the task is named in the path, and the body carries only the
            signing fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskResponse
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
        )
    ).parsed
