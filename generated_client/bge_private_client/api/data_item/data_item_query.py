from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.data_item_query_form import DataItemQueryForm
from ...models.data_item_query_response import DataItemQueryResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DataItemQueryForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/data_item/query",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DataItemQueryResponse | None:
    if response.status_code == 200:
        response_200 = DataItemQueryResponse.from_dict(response.json())

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
) -> Response[Any | DataItemQueryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataItemQueryForm,
) -> Response[Any | DataItemQueryResponse]:
    """The data items of a namespace, a page at a time (获取某个命名空间下的数据项列表).

     Lists the items of a namespace, optionally of one sample (`biosample_id`) and one batch
    (`batch_no`; the docs' example passes it as text, which is the same on the wire). The items are
    `data.data_items`. Pages are walked by a cursor: send the answer's `next_page_key` back as
    `next_page_key` (the docs do not show it in the answer; presumed from the request field). The
    docs' example output is cut off after its first item; the example below holds that item.

    Args:
        body (DataItemQueryForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataItemQueryResponse]
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
    body: DataItemQueryForm,
) -> Any | DataItemQueryResponse | None:
    """The data items of a namespace, a page at a time (获取某个命名空间下的数据项列表).

     Lists the items of a namespace, optionally of one sample (`biosample_id`) and one batch
    (`batch_no`; the docs' example passes it as text, which is the same on the wire). The items are
    `data.data_items`. Pages are walked by a cursor: send the answer's `next_page_key` back as
    `next_page_key` (the docs do not show it in the answer; presumed from the request field). The
    docs' example output is cut off after its first item; the example below holds that item.

    Args:
        body (DataItemQueryForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DataItemQueryResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataItemQueryForm,
) -> Response[Any | DataItemQueryResponse]:
    """The data items of a namespace, a page at a time (获取某个命名空间下的数据项列表).

     Lists the items of a namespace, optionally of one sample (`biosample_id`) and one batch
    (`batch_no`; the docs' example passes it as text, which is the same on the wire). The items are
    `data.data_items`. Pages are walked by a cursor: send the answer's `next_page_key` back as
    `next_page_key` (the docs do not show it in the answer; presumed from the request field). The
    docs' example output is cut off after its first item; the example below holds that item.

    Args:
        body (DataItemQueryForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataItemQueryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DataItemQueryForm,
) -> Any | DataItemQueryResponse | None:
    """The data items of a namespace, a page at a time (获取某个命名空间下的数据项列表).

     Lists the items of a namespace, optionally of one sample (`biosample_id`) and one batch
    (`batch_no`; the docs' example passes it as text, which is the same on the wire). The items are
    `data.data_items`. Pages are walked by a cursor: send the answer's `next_page_key` back as
    `next_page_key` (the docs do not show it in the answer; presumed from the request field). The
    docs' example output is cut off after its first item; the example below holds that item.

    Args:
        body (DataItemQueryForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DataItemQueryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
