from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.batch_write_stream_form import BatchWriteStreamForm
from ...models.batch_write_stream_response import BatchWriteStreamResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BatchWriteStreamForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/stream/batch_write",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=("streams",))
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BatchWriteStreamResponse | None:
    if response.status_code == 200:
        response_200 = BatchWriteStreamResponse.from_dict(response.json())

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
) -> Response[Any | BatchWriteStreamResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchWriteStreamForm,
) -> Response[Any | BatchWriteStreamResponse]:
    """Write up to 100 stream records (写入多条数据流数据).

     `streams` (at most 100 records) is sent as JSON text; here each record's `stream_data` is an
    object. Records are written one by one: partial success is normal, and `data.result` gives each
    record's outcome (`is_succeed`, `message`, and the record with a null `stream_id` on failure).
    As for `write_stream`, duplicates are rejected per record unless `duplicate_enabled` is `true`.

    Args:
        body (BatchWriteStreamForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BatchWriteStreamResponse]
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
    body: BatchWriteStreamForm,
) -> Any | BatchWriteStreamResponse | None:
    """Write up to 100 stream records (写入多条数据流数据).

     `streams` (at most 100 records) is sent as JSON text; here each record's `stream_data` is an
    object. Records are written one by one: partial success is normal, and `data.result` gives each
    record's outcome (`is_succeed`, `message`, and the record with a null `stream_id` on failure).
    As for `write_stream`, duplicates are rejected per record unless `duplicate_enabled` is `true`.

    Args:
        body (BatchWriteStreamForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BatchWriteStreamResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchWriteStreamForm,
) -> Response[Any | BatchWriteStreamResponse]:
    """Write up to 100 stream records (写入多条数据流数据).

     `streams` (at most 100 records) is sent as JSON text; here each record's `stream_data` is an
    object. Records are written one by one: partial success is normal, and `data.result` gives each
    record's outcome (`is_succeed`, `message`, and the record with a null `stream_id` on failure).
    As for `write_stream`, duplicates are rejected per record unless `duplicate_enabled` is `true`.

    Args:
        body (BatchWriteStreamForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BatchWriteStreamResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchWriteStreamForm,
) -> Any | BatchWriteStreamResponse | None:
    """Write up to 100 stream records (写入多条数据流数据).

     `streams` (at most 100 records) is sent as JSON text; here each record's `stream_data` is an
    object. Records are written one by one: partial success is normal, and `data.result` gives each
    record's outcome (`is_succeed`, `message`, and the record with a null `stream_id` on failure).
    As for `write_stream`, duplicates are rejected per record unless `duplicate_enabled` is `true`.

    Args:
        body (BatchWriteStreamForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BatchWriteStreamResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
