from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.batch_no_form import BatchNoForm
from ...models.commit_batch_response import CommitBatchResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BatchNoForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/batch/commit",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CommitBatchResponse | None:
    if response.status_code == 200:
        response_200 = CommitBatchResponse.from_dict(response.json())

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
) -> Response[Any | CommitBatchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchNoForm,
) -> Response[Any | CommitBatchResponse]:
    """Push (publish) a batch's data (推送该批次数据).

     Starts a background task that pushes the batch; the answer describes the task, whose state
    `task` reads from `task_url`. `retrieve_batch` shows in `committed` whether a lost attempt
    already committed the batch, but that check cannot be declared as a lookup here (it does not
    give the task back), so a failure after sending is reported as an unknown outcome. An unknown
    batch is an error (`40401`); committing a batch already committed is a conflict (`40901`).

    Args:
        body (BatchNoForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CommitBatchResponse]
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
    body: BatchNoForm,
) -> Any | CommitBatchResponse | None:
    """Push (publish) a batch's data (推送该批次数据).

     Starts a background task that pushes the batch; the answer describes the task, whose state
    `task` reads from `task_url`. `retrieve_batch` shows in `committed` whether a lost attempt
    already committed the batch, but that check cannot be declared as a lookup here (it does not
    give the task back), so a failure after sending is reported as an unknown outcome. An unknown
    batch is an error (`40401`); committing a batch already committed is a conflict (`40901`).

    Args:
        body (BatchNoForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CommitBatchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchNoForm,
) -> Response[Any | CommitBatchResponse]:
    """Push (publish) a batch's data (推送该批次数据).

     Starts a background task that pushes the batch; the answer describes the task, whose state
    `task` reads from `task_url`. `retrieve_batch` shows in `committed` whether a lost attempt
    already committed the batch, but that check cannot be declared as a lookup here (it does not
    give the task back), so a failure after sending is reported as an unknown outcome. An unknown
    batch is an error (`40401`); committing a batch already committed is a conflict (`40901`).

    Args:
        body (BatchNoForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CommitBatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchNoForm,
) -> Any | CommitBatchResponse | None:
    """Push (publish) a batch's data (推送该批次数据).

     Starts a background task that pushes the batch; the answer describes the task, whose state
    `task` reads from `task_url`. `retrieve_batch` shows in `committed` whether a lost attempt
    already committed the batch, but that check cannot be declared as a lookup here (it does not
    give the task back), so a failure after sending is reported as an unknown outcome. An unknown
    batch is an error (`40401`); committing a batch already committed is a conflict (`40901`).

    Args:
        body (BatchNoForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CommitBatchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
