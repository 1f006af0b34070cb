from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.get_gene_abundance_form import GetGeneAbundanceForm
from ...models.get_gene_abundance_response import GetGeneAbundanceResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetGeneAbundanceForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/microbiome/gene_abundance",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetGeneAbundanceResponse | None:
    if response.status_code == 200:
        response_200 = GetGeneAbundanceResponse.from_dict(response.json())

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
) -> Response[Any | GetGeneAbundanceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetGeneAbundanceForm,
) -> Response[Any | GetGeneAbundanceResponse]:
    """Gene abundances of a microbiome sample, by catalogue (获取基因丰度).

     `biosample_id`, `catalog` and `data_type` are required. `data_type` `list` answers records;
    what `file` answers is not documented. Pages are walked by a cursor: send the answer's
    `next_page` back as `next_page` (the docs do not show the member holding it; presumably
    `next_page`). `limit` is sent unless the caller passes `None` (50 by default, at most 1000).
    The answer's `data` is returned as plain JSON.

    Args:
        body (GetGeneAbundanceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetGeneAbundanceResponse]
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
    body: GetGeneAbundanceForm,
) -> Any | GetGeneAbundanceResponse | None:
    """Gene abundances of a microbiome sample, by catalogue (获取基因丰度).

     `biosample_id`, `catalog` and `data_type` are required. `data_type` `list` answers records;
    what `file` answers is not documented. Pages are walked by a cursor: send the answer's
    `next_page` back as `next_page` (the docs do not show the member holding it; presumably
    `next_page`). `limit` is sent unless the caller passes `None` (50 by default, at most 1000).
    The answer's `data` is returned as plain JSON.

    Args:
        body (GetGeneAbundanceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetGeneAbundanceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetGeneAbundanceForm,
) -> Response[Any | GetGeneAbundanceResponse]:
    """Gene abundances of a microbiome sample, by catalogue (获取基因丰度).

     `biosample_id`, `catalog` and `data_type` are required. `data_type` `list` answers records;
    what `file` answers is not documented. Pages are walked by a cursor: send the answer's
    `next_page` back as `next_page` (the docs do not show the member holding it; presumably
    `next_page`). `limit` is sent unless the caller passes `None` (50 by default, at most 1000).
    The answer's `data` is returned as plain JSON.

    Args:
        body (GetGeneAbundanceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetGeneAbundanceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetGeneAbundanceForm,
) -> Any | GetGeneAbundanceResponse | None:
    """Gene abundances of a microbiome sample, by catalogue (获取基因丰度).

     `biosample_id`, `catalog` and `data_type` are required. `data_type` `list` answers records;
    what `file` answers is not documented. Pages are walked by a cursor: send the answer's
    `next_page` back as `next_page` (the docs do not show the member holding it; presumably
    `next_page`). `limit` is sent unless the caller passes `None` (50 by default, at most 1000).
    The answer's `data` is returned as plain JSON.

    Args:
        body (GetGeneAbundanceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetGeneAbundanceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
