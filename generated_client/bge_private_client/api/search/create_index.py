from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.create_index_form import CreateIndexForm
from ...models.create_index_response import CreateIndexResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateIndexForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/index",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=("content",))
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateIndexResponse | None:
    if response.status_code == 200:
        response_200 = CreateIndexResponse.from_dict(response.json())

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
) -> Response[Any | CreateIndexResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateIndexForm,
) -> Response[Any | CreateIndexResponse]:
    """Create or update survey search index documents (创建或更新索引).

     Creates or updates several index documents at once, each keyed by its `id`: repeating the call
    leaves the same index. `content` is sent as JSON text. The answer lists the documents as
    indexed.

    Args:
        body (CreateIndexForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateIndexResponse]
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
    body: CreateIndexForm,
) -> Any | CreateIndexResponse | None:
    """Create or update survey search index documents (创建或更新索引).

     Creates or updates several index documents at once, each keyed by its `id`: repeating the call
    leaves the same index. `content` is sent as JSON text. The answer lists the documents as
    indexed.

    Args:
        body (CreateIndexForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateIndexResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateIndexForm,
) -> Response[Any | CreateIndexResponse]:
    """Create or update survey search index documents (创建或更新索引).

     Creates or updates several index documents at once, each keyed by its `id`: repeating the call
    leaves the same index. `content` is sent as JSON text. The answer lists the documents as
    indexed.

    Args:
        body (CreateIndexForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateIndexResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateIndexForm,
) -> Any | CreateIndexResponse | None:
    """Create or update survey search index documents (创建或更新索引).

     Creates or updates several index documents at once, each keyed by its `id`: repeating the call
    leaves the same index. `content` is sent as JSON text. The answer lists the documents as
    indexed.

    Args:
        body (CreateIndexForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateIndexResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
