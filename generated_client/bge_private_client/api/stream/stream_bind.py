from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.stream_bind_form import StreamBindForm
from ...models.stream_bind_response import StreamBindResponse
from ...types import Response


def _get_kwargs(
    *,
    body: StreamBindForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/stream/bind",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | StreamBindResponse | None:
    if response.status_code == 200:
        response_200 = StreamBindResponse.from_dict(response.json())

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
) -> Response[Any | StreamBindResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StreamBindForm,
) -> Response[Any | StreamBindResponse]:
    """The individual a sample belongs to (获取样品所属个体编号).

     Answers the individual id (`fundamental_entity_id`) that stream operations take. Documented as
    a lookup; whether the first call creates the binding is not documented. Repeating it is safe
    either way.

    Args:
        body (StreamBindForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | StreamBindResponse]
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
    body: StreamBindForm,
) -> Any | StreamBindResponse | None:
    """The individual a sample belongs to (获取样品所属个体编号).

     Answers the individual id (`fundamental_entity_id`) that stream operations take. Documented as
    a lookup; whether the first call creates the binding is not documented. Repeating it is safe
    either way.

    Args:
        body (StreamBindForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | StreamBindResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StreamBindForm,
) -> Response[Any | StreamBindResponse]:
    """The individual a sample belongs to (获取样品所属个体编号).

     Answers the individual id (`fundamental_entity_id`) that stream operations take. Documented as
    a lookup; whether the first call creates the binding is not documented. Repeating it is safe
    either way.

    Args:
        body (StreamBindForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | StreamBindResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StreamBindForm,
) -> Any | StreamBindResponse | None:
    """The individual a sample belongs to (获取样品所属个体编号).

     Answers the individual id (`fundamental_entity_id`) that stream operations take. Documented as
    a lookup; whether the first call creates the binding is not documented. Repeating it is safe
    either way.

    Args:
        body (StreamBindForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | StreamBindResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
