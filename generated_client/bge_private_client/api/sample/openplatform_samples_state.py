from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.openplatform_samples_state_form import OpenplatformSamplesStateForm
from ...models.openplatform_samples_state_response import (
    OpenplatformSamplesStateResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: OpenplatformSamplesStateForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/openplatform/samples/state",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | OpenplatformSamplesStateResponse | None:
    if response.status_code == 200:
        response_200 = OpenplatformSamplesStateResponse.from_dict(response.json())

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
) -> Response[Any | OpenplatformSamplesStateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OpenplatformSamplesStateForm,
) -> Response[Any | OpenplatformSamplesStateResponse]:
    """Change the state of a sample (更改样品状态).

     Sets the sample's `sub_state`, stamped with `mtime`. `biosample_id`, `sub_state` and `mtime` are
    required (the reference's docstring calls `mtime` optional, but its code requires it).
    `comment` is JSON text passed through as given; an empty `comment` is not sent. Repeating the
    call sets the same values again. The answer's `data` is handed back as plain JSON; its shape is
    not documented. The reference writes this path without its leading slash, which differs only for
    an endpoint URL that has a path of its own.

    Args:
        body (OpenplatformSamplesStateForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OpenplatformSamplesStateResponse]
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
    body: OpenplatformSamplesStateForm,
) -> Any | OpenplatformSamplesStateResponse | None:
    """Change the state of a sample (更改样品状态).

     Sets the sample's `sub_state`, stamped with `mtime`. `biosample_id`, `sub_state` and `mtime` are
    required (the reference's docstring calls `mtime` optional, but its code requires it).
    `comment` is JSON text passed through as given; an empty `comment` is not sent. Repeating the
    call sets the same values again. The answer's `data` is handed back as plain JSON; its shape is
    not documented. The reference writes this path without its leading slash, which differs only for
    an endpoint URL that has a path of its own.

    Args:
        body (OpenplatformSamplesStateForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OpenplatformSamplesStateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OpenplatformSamplesStateForm,
) -> Response[Any | OpenplatformSamplesStateResponse]:
    """Change the state of a sample (更改样品状态).

     Sets the sample's `sub_state`, stamped with `mtime`. `biosample_id`, `sub_state` and `mtime` are
    required (the reference's docstring calls `mtime` optional, but its code requires it).
    `comment` is JSON text passed through as given; an empty `comment` is not sent. Repeating the
    call sets the same values again. The answer's `data` is handed back as plain JSON; its shape is
    not documented. The reference writes this path without its leading slash, which differs only for
    an endpoint URL that has a path of its own.

    Args:
        body (OpenplatformSamplesStateForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OpenplatformSamplesStateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OpenplatformSamplesStateForm,
) -> Any | OpenplatformSamplesStateResponse | None:
    """Change the state of a sample (更改样品状态).

     Sets the sample's `sub_state`, stamped with `mtime`. `biosample_id`, `sub_state` and `mtime` are
    required (the reference's docstring calls `mtime` optional, but its code requires it).
    `comment` is JSON text passed through as given; an empty `comment` is not sent. Repeating the
    call sets the same values again. The answer's `data` is handed back as plain JSON; its shape is
    not documented. The reference writes this path without its leading slash, which differs only for
    an endpoint URL that has a path of its own.

    Args:
        body (OpenplatformSamplesStateForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OpenplatformSamplesStateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
