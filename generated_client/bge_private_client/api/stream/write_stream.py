from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.write_stream_form import WriteStreamForm
from ...models.write_stream_response import WriteStreamResponse
from ...types import Response


def _get_kwargs(
    *,
    body: WriteStreamForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/stream/write",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | WriteStreamResponse | None:
    if response.status_code == 200:
        response_200 = WriteStreamResponse.from_dict(response.json())

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
) -> Response[Any | WriteStreamResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WriteStreamForm,
) -> Response[Any | WriteStreamResponse]:
    """Write one stream record (写入一条数据流数据).

     `stream_data` is JSON text, sent as given. `stream_generate_time` may be partial: `1986` is
    stored as `1986-01-01T00:00:00.000000+0800`. Unless `duplicate_enabled` is `true`, a record
    with the same individual, data element and generation time as an existing one is rejected, so
    a repeat of a call that landed does not write twice; with `duplicate_enabled` it does. No
    lookup can be declared (`stream_range` needs the namespace, which this call does not carry), so
    a failure after sending is reported as an unknown outcome.

    Args:
        body (WriteStreamForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WriteStreamResponse]
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
    body: WriteStreamForm,
) -> Any | WriteStreamResponse | None:
    """Write one stream record (写入一条数据流数据).

     `stream_data` is JSON text, sent as given. `stream_generate_time` may be partial: `1986` is
    stored as `1986-01-01T00:00:00.000000+0800`. Unless `duplicate_enabled` is `true`, a record
    with the same individual, data element and generation time as an existing one is rejected, so
    a repeat of a call that landed does not write twice; with `duplicate_enabled` it does. No
    lookup can be declared (`stream_range` needs the namespace, which this call does not carry), so
    a failure after sending is reported as an unknown outcome.

    Args:
        body (WriteStreamForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WriteStreamResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WriteStreamForm,
) -> Response[Any | WriteStreamResponse]:
    """Write one stream record (写入一条数据流数据).

     `stream_data` is JSON text, sent as given. `stream_generate_time` may be partial: `1986` is
    stored as `1986-01-01T00:00:00.000000+0800`. Unless `duplicate_enabled` is `true`, a record
    with the same individual, data element and generation time as an existing one is rejected, so
    a repeat of a call that landed does not write twice; with `duplicate_enabled` it does. No
    lookup can be declared (`stream_range` needs the namespace, which this call does not carry), so
    a failure after sending is reported as an unknown outcome.

    Args:
        body (WriteStreamForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WriteStreamResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WriteStreamForm,
) -> Any | WriteStreamResponse | None:
    """Write one stream record (写入一条数据流数据).

     `stream_data` is JSON text, sent as given. `stream_generate_time` may be partial: `1986` is
    stored as `1986-01-01T00:00:00.000000+0800`. Unless `duplicate_enabled` is `true`, a record
    with the same individual, data element and generation time as an existing one is rejected, so
    a repeat of a call that landed does not write twice; with `duplicate_enabled` it does. No
    lookup can be declared (`stream_range` needs the namespace, which this call does not carry), so
    a failure after sending is reported as an unknown outcome.

    Args:
        body (WriteStreamForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WriteStreamResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
