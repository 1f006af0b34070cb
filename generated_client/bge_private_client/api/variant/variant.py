from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.variant_form import VariantForm
from ...models.variant_response import VariantResponse
from ...types import Response


def _get_kwargs(
    *,
    body: VariantForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/openbge/genome/variant",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | VariantResponse | None:
    if response.status_code == 200:
        response_200 = VariantResponse.from_dict(response.json())

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
) -> Response[Any | VariantResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VariantForm,
) -> Response[Any | VariantResponse]:
    """Genotypes of a sample at dbSNP positions (查询变异位点数据).

     Both fields are required. The answer is a list with one record per position found (the
    reference returns a list of `Model`). This method was called `genome_variant` until November
    2021.
    Documented example output is inconsistent with its call: the call asks for rs14, rs133, rs324 and
    rs546, but the records shown carry `alternate_id` rs315 and rs219.

    Args:
        body (VariantForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | VariantResponse]
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
    body: VariantForm,
) -> Any | VariantResponse | None:
    """Genotypes of a sample at dbSNP positions (查询变异位点数据).

     Both fields are required. The answer is a list with one record per position found (the
    reference returns a list of `Model`). This method was called `genome_variant` until November
    2021.
    Documented example output is inconsistent with its call: the call asks for rs14, rs133, rs324 and
    rs546, but the records shown carry `alternate_id` rs315 and rs219.

    Args:
        body (VariantForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | VariantResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VariantForm,
) -> Response[Any | VariantResponse]:
    """Genotypes of a sample at dbSNP positions (查询变异位点数据).

     Both fields are required. The answer is a list with one record per position found (the
    reference returns a list of `Model`). This method was called `genome_variant` until November
    2021.
    Documented example output is inconsistent with its call: the call asks for rs14, rs133, rs324 and
    rs546, but the records shown carry `alternate_id` rs315 and rs219.

    Args:
        body (VariantForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | VariantResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VariantForm,
) -> Any | VariantResponse | None:
    """Genotypes of a sample at dbSNP positions (查询变异位点数据).

     Both fields are required. The answer is a list with one record per position found (the
    reference returns a list of `Model`). This method was called `genome_variant` until November
    2021.
    Documented example output is inconsistent with its call: the call asks for rs14, rs133, rs324 and
    rs546, but the records shown carry `alternate_id` rs315 and rs219.

    Args:
        body (VariantForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | VariantResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
