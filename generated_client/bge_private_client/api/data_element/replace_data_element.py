from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.replace_data_element_form import ReplaceDataElementForm
from ...models.replace_data_element_response import ReplaceDataElementResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ReplaceDataElementForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/data_element/replace",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=("columns",))
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ReplaceDataElementResponse | None:
    if response.status_code == 200:
        response_200 = ReplaceDataElementResponse.from_dict(response.json())

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
) -> Response[Any | ReplaceDataElementResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReplaceDataElementForm,
) -> Response[Any | ReplaceDataElementResponse]:
    """Create or update a data element (更新或创建一个数据元).

     An upsert keyed by `data_element_source_domain` and `data_element_source_id`: the element is
    created, or its attributes are replaced by `columns`. Repeating the call leaves the same state.
    `columns` is an object sent as JSON text (the docs call it a JSON string; a caller passes the
    object, which is encoded once).

    Args:
        body (ReplaceDataElementForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ReplaceDataElementResponse]
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
    body: ReplaceDataElementForm,
) -> Any | ReplaceDataElementResponse | None:
    """Create or update a data element (更新或创建一个数据元).

     An upsert keyed by `data_element_source_domain` and `data_element_source_id`: the element is
    created, or its attributes are replaced by `columns`. Repeating the call leaves the same state.
    `columns` is an object sent as JSON text (the docs call it a JSON string; a caller passes the
    object, which is encoded once).

    Args:
        body (ReplaceDataElementForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ReplaceDataElementResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReplaceDataElementForm,
) -> Response[Any | ReplaceDataElementResponse]:
    """Create or update a data element (更新或创建一个数据元).

     An upsert keyed by `data_element_source_domain` and `data_element_source_id`: the element is
    created, or its attributes are replaced by `columns`. Repeating the call leaves the same state.
    `columns` is an object sent as JSON text (the docs call it a JSON string; a caller passes the
    object, which is encoded once).

    Args:
        body (ReplaceDataElementForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ReplaceDataElementResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReplaceDataElementForm,
) -> Any | ReplaceDataElementResponse | None:
    """Create or update a data element (更新或创建一个数据元).

     An upsert keyed by `data_element_source_domain` and `data_element_source_id`: the element is
    created, or its attributes are replaced by `columns`. Repeating the call leaves the same state.
    `columns` is an object sent as JSON text (the docs call it a JSON string; a caller passes the
    object, which is encoded once).

    Args:
        body (ReplaceDataElementForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ReplaceDataElementResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
