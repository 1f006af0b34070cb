from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.get_taxon_abundance_form import GetTaxonAbundanceForm
from ...models.get_taxon_abundance_response import GetTaxonAbundanceResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetTaxonAbundanceForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/microbiome/taxon_abundance",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetTaxonAbundanceResponse | None:
    if response.status_code == 200:
        response_200 = GetTaxonAbundanceResponse.from_dict(response.json())

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
) -> Response[Any | GetTaxonAbundanceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTaxonAbundanceForm,
) -> Response[Any | GetTaxonAbundanceResponse]:
    """Taxon abundances of a microbiome sample, a page at a time (获取类群丰度).

     Two methods use this operation with the same request. The method's `taxon_ids` and `next_page`
    go out as `taxon_id` and `page`; `page` and `limit` are always sent (1 and 50 by default).
    The items are the envelope's `data`, the page is in its `pagination`.

    - `get_taxon_abundance` returns `{count, next_page, result}` with the records as plain JSON:
      `next_page` is the page after this one, or null when this page is empty, so walking the pages
      ends on an empty page. It has no `total`.
    - `get_origin_taxon_abundance` returns the `(data, pagination)` pair as received.

    The reference overwrites a `page` or `taxon_id` given as keywords (the docs tell callers to use
    exactly those names); here they are the wire names of `next_page` and `taxon_ids`.

    Args:
        body (GetTaxonAbundanceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetTaxonAbundanceResponse]
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
    body: GetTaxonAbundanceForm,
) -> Any | GetTaxonAbundanceResponse | None:
    """Taxon abundances of a microbiome sample, a page at a time (获取类群丰度).

     Two methods use this operation with the same request. The method's `taxon_ids` and `next_page`
    go out as `taxon_id` and `page`; `page` and `limit` are always sent (1 and 50 by default).
    The items are the envelope's `data`, the page is in its `pagination`.

    - `get_taxon_abundance` returns `{count, next_page, result}` with the records as plain JSON:
      `next_page` is the page after this one, or null when this page is empty, so walking the pages
      ends on an empty page. It has no `total`.
    - `get_origin_taxon_abundance` returns the `(data, pagination)` pair as received.

    The reference overwrites a `page` or `taxon_id` given as keywords (the docs tell callers to use
    exactly those names); here they are the wire names of `next_page` and `taxon_ids`.

    Args:
        body (GetTaxonAbundanceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetTaxonAbundanceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTaxonAbundanceForm,
) -> Response[Any | GetTaxonAbundanceResponse]:
    """Taxon abundances of a microbiome sample, a page at a time (获取类群丰度).

     Two methods use this operation with the same request. The method's `taxon_ids` and `next_page`
    go out as `taxon_id` and `page`; `page` and `limit` are always sent (1 and 50 by default).
    The items are the envelope's `data`, the page is in its `pagination`.

    - `get_taxon_abundance` returns `{count, next_page, result}` with the records as plain JSON:
      `next_page` is the page after this one, or null when this page is empty, so walking the pages
      ends on an empty page. It has no `total`.
    - `get_origin_taxon_abundance` returns the `(data, pagination)` pair as received.

    The reference overwrites a `page` or `taxon_id` given as keywords (the docs tell callers to use
    exactly those names); here they are the wire names of `next_page` and `taxon_ids`.

    Args:
        body (GetTaxonAbundanceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetTaxonAbundanceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetTaxonAbundanceForm,
) -> Any | GetTaxonAbundanceResponse | None:
    """Taxon abundances of a microbiome sample, a page at a time (获取类群丰度).

     Two methods use this operation with the same request. The method's `taxon_ids` and `next_page`
    go out as `taxon_id` and `page`; `page` and `limit` are always sent (1 and 50 by default).
    The items are the envelope's `data`, the page is in its `pagination`.

    - `get_taxon_abundance` returns `{count, next_page, result}` with the records as plain JSON:
      `next_page` is the page after this one, or null when this page is empty, so walking the pages
      ends on an empty page. It has no `total`.
    - `get_origin_taxon_abundance` returns the `(data, pagination)` pair as received.

    The reference overwrites a `page` or `taxon_id` given as keywords (the docs tell callers to use
    exactly those names); here they are the wire names of `next_page` and `taxon_ids`.

    Args:
        body (GetTaxonAbundanceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetTaxonAbundanceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
