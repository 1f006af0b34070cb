from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.retrieve_batch_data_item_form import RetrieveBatchDataItemForm
from ...models.retrieve_batch_data_item_response import RetrieveBatchDataItemResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RetrieveBatchDataItemForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/openbge/data_item/batch_retrieve",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | RetrieveBatchDataItemResponse | None:
    if response.status_code == 200:
        response_200 = RetrieveBatchDataItemResponse.from_dict(response.json())

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
) -> Response[Any | RetrieveBatchDataItemResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RetrieveBatchDataItemForm,
) -> Response[Any | RetrieveBatchDataItemResponse]:
    """Several data items of a namespace, a page at a time, version 2 (获取多个数据项 V2).

     Reads the items of the data elements named by `data_element_ids` or of those in the
    collection `collection_id`, for a sample (`biosample_id`) and optionally as an older batch
    gave them (`batch_no`). The items are `data.result`. Pages are walked by a cursor: the request
    field is `next_page`; the docs do not show the answer's member holding the next cursor
    (presumably `next_page` as well). The docs' example output shows no data (only Python reprs).

    Args:
        body (RetrieveBatchDataItemForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RetrieveBatchDataItemResponse]
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
    body: RetrieveBatchDataItemForm,
) -> Any | RetrieveBatchDataItemResponse | None:
    """Several data items of a namespace, a page at a time, version 2 (获取多个数据项 V2).

     Reads the items of the data elements named by `data_element_ids` or of those in the
    collection `collection_id`, for a sample (`biosample_id`) and optionally as an older batch
    gave them (`batch_no`). The items are `data.result`. Pages are walked by a cursor: the request
    field is `next_page`; the docs do not show the answer's member holding the next cursor
    (presumably `next_page` as well). The docs' example output shows no data (only Python reprs).

    Args:
        body (RetrieveBatchDataItemForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RetrieveBatchDataItemResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RetrieveBatchDataItemForm,
) -> Response[Any | RetrieveBatchDataItemResponse]:
    """Several data items of a namespace, a page at a time, version 2 (获取多个数据项 V2).

     Reads the items of the data elements named by `data_element_ids` or of those in the
    collection `collection_id`, for a sample (`biosample_id`) and optionally as an older batch
    gave them (`batch_no`). The items are `data.result`. Pages are walked by a cursor: the request
    field is `next_page`; the docs do not show the answer's member holding the next cursor
    (presumably `next_page` as well). The docs' example output shows no data (only Python reprs).

    Args:
        body (RetrieveBatchDataItemForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RetrieveBatchDataItemResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RetrieveBatchDataItemForm,
) -> Any | RetrieveBatchDataItemResponse | None:
    """Several data items of a namespace, a page at a time, version 2 (获取多个数据项 V2).

     Reads the items of the data elements named by `data_element_ids` or of those in the
    collection `collection_id`, for a sample (`biosample_id`) and optionally as an older batch
    gave them (`batch_no`). The items are `data.result`. Pages are walked by a cursor: the request
    field is `next_page`; the docs do not show the answer's member holding the next cursor
    (presumably `next_page` as well). The docs' example output shows no data (only Python reprs).

    Args:
        body (RetrieveBatchDataItemForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RetrieveBatchDataItemResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
