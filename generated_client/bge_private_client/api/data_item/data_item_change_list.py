from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.data_item_change_list_form import DataItemChangeListForm
from ...models.data_item_change_list_response import DataItemChangeListResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DataItemChangeListForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/data_item/change_list",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DataItemChangeListResponse | None:
    if response.status_code == 200:
        response_200 = DataItemChangeListResponse.from_dict(response.json())

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
) -> Response[Any | DataItemChangeListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataItemChangeListForm,
) -> Response[Any | DataItemChangeListResponse]:
    """Which data elements' items of a sample changed between batches (查询样品的数据项变更列表).

     Lists the ids of the data elements whose items changed in the batch range `from_batch_no` to
    `to_batch_no` (both inclusive; each defaults to the latest extracted batch). `batch_trace`
    places the range among the namespace's batches. A non-null `next_page_key` in the answer means
    more pages: send it back as `next_page_key`.

    Args:
        body (DataItemChangeListForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataItemChangeListResponse]
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
    body: DataItemChangeListForm,
) -> Any | DataItemChangeListResponse | None:
    """Which data elements' items of a sample changed between batches (查询样品的数据项变更列表).

     Lists the ids of the data elements whose items changed in the batch range `from_batch_no` to
    `to_batch_no` (both inclusive; each defaults to the latest extracted batch). `batch_trace`
    places the range among the namespace's batches. A non-null `next_page_key` in the answer means
    more pages: send it back as `next_page_key`.

    Args:
        body (DataItemChangeListForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DataItemChangeListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataItemChangeListForm,
) -> Response[Any | DataItemChangeListResponse]:
    """Which data elements' items of a sample changed between batches (查询样品的数据项变更列表).

     Lists the ids of the data elements whose items changed in the batch range `from_batch_no` to
    `to_batch_no` (both inclusive; each defaults to the latest extracted batch). `batch_trace`
    places the range among the namespace's batches. A non-null `next_page_key` in the answer means
    more pages: send it back as `next_page_key`.

    Args:
        body (DataItemChangeListForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataItemChangeListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DataItemChangeListForm,
) -> Any | DataItemChangeListResponse | None:
    """Which data elements' items of a sample changed between batches (查询样品的数据项变更列表).

     Lists the ids of the data elements whose items changed in the batch range `from_batch_no` to
    `to_batch_no` (both inclusive; each defaults to the latest extracted batch). `batch_trace`
    places the range among the namespace's batches. A non-null `next_page_key` in the answer means
    more pages: send it back as `next_page_key`.

    Args:
        body (DataItemChangeListForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DataItemChangeListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
