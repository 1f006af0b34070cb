from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.data_element_search_form import DataElementSearchForm
from ...models.data_element_search_response import DataElementSearchResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DataElementSearchForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/data_element/search",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DataElementSearchResponse | None:
    if response.status_code == 200:
        response_200 = DataElementSearchResponse.from_dict(response.json())

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
) -> Response[Any | DataElementSearchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataElementSearchForm,
) -> Response[Any | DataElementSearchResponse]:
    """Search data elements and collections (搜索数据元和数据集).

     Full-text search over the index of data elements and collections. `types` picks what to search
    (both when omitted); `data_element_source_domains` restricts data-element hits to those source
    domains. `limit` is always sent (50 by default). Pages are numbered: the hits are `data.result`,
    and the page fields sit inside `data` (not shown by the docs).

    Args:
        body (DataElementSearchForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataElementSearchResponse]
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
    body: DataElementSearchForm,
) -> Any | DataElementSearchResponse | None:
    """Search data elements and collections (搜索数据元和数据集).

     Full-text search over the index of data elements and collections. `types` picks what to search
    (both when omitted); `data_element_source_domains` restricts data-element hits to those source
    domains. `limit` is always sent (50 by default). Pages are numbered: the hits are `data.result`,
    and the page fields sit inside `data` (not shown by the docs).

    Args:
        body (DataElementSearchForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DataElementSearchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataElementSearchForm,
) -> Response[Any | DataElementSearchResponse]:
    """Search data elements and collections (搜索数据元和数据集).

     Full-text search over the index of data elements and collections. `types` picks what to search
    (both when omitted); `data_element_source_domains` restricts data-element hits to those source
    domains. `limit` is always sent (50 by default). Pages are numbered: the hits are `data.result`,
    and the page fields sit inside `data` (not shown by the docs).

    Args:
        body (DataElementSearchForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataElementSearchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DataElementSearchForm,
) -> Any | DataElementSearchResponse | None:
    """Search data elements and collections (搜索数据元和数据集).

     Full-text search over the index of data elements and collections. `types` picks what to search
    (both when omitted); `data_element_source_domains` restricts data-element hits to those source
    domains. `limit` is always sent (50 by default). Pages are numbered: the hits are `data.result`,
    and the page fields sit inside `data` (not shown by the docs).

    Args:
        body (DataElementSearchForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DataElementSearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
