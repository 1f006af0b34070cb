from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.batch_data_element_by_source_form import BatchDataElementBySourceForm
from ...models.batch_data_element_by_source_response import (
    BatchDataElementBySourceResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: BatchDataElementBySourceForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/data_element/batch_retrieve/by_source",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BatchDataElementBySourceResponse | None:
    if response.status_code == 200:
        response_200 = BatchDataElementBySourceResponse.from_dict(response.json())

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
) -> Response[Any | BatchDataElementBySourceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchDataElementBySourceForm,
) -> Response[Any | BatchDataElementBySourceResponse]:
    """Several data elements of one source domain by their source ids (根据数据来源获取多个数据元).

     `data` is the list of the data elements found; the reference returns it as `{result: [Model]}`.
    Documented example output is inconsistent with its call: the call asks for human_9606_b151_GRCh38p7
    rs1421970240 and rs1421970241; the records shown are test_domain rs188276406 and rs394945.

    Args:
        body (BatchDataElementBySourceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BatchDataElementBySourceResponse]
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
    body: BatchDataElementBySourceForm,
) -> Any | BatchDataElementBySourceResponse | None:
    """Several data elements of one source domain by their source ids (根据数据来源获取多个数据元).

     `data` is the list of the data elements found; the reference returns it as `{result: [Model]}`.
    Documented example output is inconsistent with its call: the call asks for human_9606_b151_GRCh38p7
    rs1421970240 and rs1421970241; the records shown are test_domain rs188276406 and rs394945.

    Args:
        body (BatchDataElementBySourceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BatchDataElementBySourceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchDataElementBySourceForm,
) -> Response[Any | BatchDataElementBySourceResponse]:
    """Several data elements of one source domain by their source ids (根据数据来源获取多个数据元).

     `data` is the list of the data elements found; the reference returns it as `{result: [Model]}`.
    Documented example output is inconsistent with its call: the call asks for human_9606_b151_GRCh38p7
    rs1421970240 and rs1421970241; the records shown are test_domain rs188276406 and rs394945.

    Args:
        body (BatchDataElementBySourceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BatchDataElementBySourceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchDataElementBySourceForm,
) -> Any | BatchDataElementBySourceResponse | None:
    """Several data elements of one source domain by their source ids (根据数据来源获取多个数据元).

     `data` is the list of the data elements found; the reference returns it as `{result: [Model]}`.
    Documented example output is inconsistent with its call: the call asks for human_9606_b151_GRCh38p7
    rs1421970240 and rs1421970241; the records shown are test_domain rs188276406 and rs394945.

    Args:
        body (BatchDataElementBySourceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BatchDataElementBySourceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
