from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.gateway_invoke_form import GatewayInvokeForm
from ...models.gateway_invoke_response import GatewayInvokeResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GatewayInvokeForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/gateway/invoke",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GatewayInvokeResponse | None:
    if response.status_code == 200:
        response_200 = GatewayInvokeResponse.from_dict(response.json())

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
) -> Response[Any | GatewayInvokeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GatewayInvokeForm,
) -> Response[Any | GatewayInvokeResponse]:
    """Call a backend service through the platform's signed gateway (网关服务).

     Forwards a call to a backend service configured in the platform's admin (`service`, `api`), so
    that services without authentication of their own can be called with the platform's signature.
    `params`, `headers` and `data` are forwarded as given: the caller encodes them (the
    documentation's example passes `data` as JSON text). The answer's `data` is whatever the
    backend answers.

    What a repeat does depends entirely on the backend API, so the call is never repeated after an
    unknown outcome.

    Its real effect is outside the platform (the backend service does what it is asked); the
    sandbox only records the call (`x-external-effect`).

    Args:
        body (GatewayInvokeForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GatewayInvokeResponse]
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
    body: GatewayInvokeForm,
) -> Any | GatewayInvokeResponse | None:
    """Call a backend service through the platform's signed gateway (网关服务).

     Forwards a call to a backend service configured in the platform's admin (`service`, `api`), so
    that services without authentication of their own can be called with the platform's signature.
    `params`, `headers` and `data` are forwarded as given: the caller encodes them (the
    documentation's example passes `data` as JSON text). The answer's `data` is whatever the
    backend answers.

    What a repeat does depends entirely on the backend API, so the call is never repeated after an
    unknown outcome.

    Its real effect is outside the platform (the backend service does what it is asked); the
    sandbox only records the call (`x-external-effect`).

    Args:
        body (GatewayInvokeForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GatewayInvokeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GatewayInvokeForm,
) -> Response[Any | GatewayInvokeResponse]:
    """Call a backend service through the platform's signed gateway (网关服务).

     Forwards a call to a backend service configured in the platform's admin (`service`, `api`), so
    that services without authentication of their own can be called with the platform's signature.
    `params`, `headers` and `data` are forwarded as given: the caller encodes them (the
    documentation's example passes `data` as JSON text). The answer's `data` is whatever the
    backend answers.

    What a repeat does depends entirely on the backend API, so the call is never repeated after an
    unknown outcome.

    Its real effect is outside the platform (the backend service does what it is asked); the
    sandbox only records the call (`x-external-effect`).

    Args:
        body (GatewayInvokeForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GatewayInvokeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GatewayInvokeForm,
) -> Any | GatewayInvokeResponse | None:
    """Call a backend service through the platform's signed gateway (网关服务).

     Forwards a call to a backend service configured in the platform's admin (`service`, `api`), so
    that services without authentication of their own can be called with the platform's signature.
    `params`, `headers` and `data` are forwarded as given: the caller encodes them (the
    documentation's example passes `data` as JSON text). The answer's `data` is whatever the
    backend answers.

    What a repeat does depends entirely on the backend API, so the call is never repeated after an
    unknown outcome.

    Its real effect is outside the platform (the backend service does what it is asked); the
    sandbox only records the call (`x-external-effect`).

    Args:
        body (GatewayInvokeForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GatewayInvokeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
