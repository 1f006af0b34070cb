from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.wechat_token_form import WechatTokenForm
from ...models.wechat_token_response import WechatTokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: WechatTokenForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/wechat/token",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | WechatTokenResponse | None:
    if response.status_code == 200:
        response_200 = WechatTokenResponse.from_dict(response.json())

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
) -> Response[Any | WechatTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WechatTokenForm,
) -> Response[Any | WechatTokenResponse]:
    """Get or refresh the access token of a BGE WeChat app (获取或更新微信公众号 access_token 的中控服务接口).

     BGE's central WeChat token service. `action: get` answers the app's current `access_token` from
    the service's cache; `action: refresh` has WeChat issue a new one, which invalidates the old
    token for every other user of that app. Repeating a `get` reads the same token; repeating a
    `refresh` only replaces the token once more, so both are safe to repeat.

    Its real effect is outside the platform (WeChat issues and revokes the token); the sandbox only
    records the call (`x-external-effect`).

    Args:
        body (WechatTokenForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WechatTokenResponse]
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
    body: WechatTokenForm,
) -> Any | WechatTokenResponse | None:
    """Get or refresh the access token of a BGE WeChat app (获取或更新微信公众号 access_token 的中控服务接口).

     BGE's central WeChat token service. `action: get` answers the app's current `access_token` from
    the service's cache; `action: refresh` has WeChat issue a new one, which invalidates the old
    token for every other user of that app. Repeating a `get` reads the same token; repeating a
    `refresh` only replaces the token once more, so both are safe to repeat.

    Its real effect is outside the platform (WeChat issues and revokes the token); the sandbox only
    records the call (`x-external-effect`).

    Args:
        body (WechatTokenForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WechatTokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WechatTokenForm,
) -> Response[Any | WechatTokenResponse]:
    """Get or refresh the access token of a BGE WeChat app (获取或更新微信公众号 access_token 的中控服务接口).

     BGE's central WeChat token service. `action: get` answers the app's current `access_token` from
    the service's cache; `action: refresh` has WeChat issue a new one, which invalidates the old
    token for every other user of that app. Repeating a `get` reads the same token; repeating a
    `refresh` only replaces the token once more, so both are safe to repeat.

    Its real effect is outside the platform (WeChat issues and revokes the token); the sandbox only
    records the call (`x-external-effect`).

    Args:
        body (WechatTokenForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WechatTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WechatTokenForm,
) -> Any | WechatTokenResponse | None:
    """Get or refresh the access token of a BGE WeChat app (获取或更新微信公众号 access_token 的中控服务接口).

     BGE's central WeChat token service. `action: get` answers the app's current `access_token` from
    the service's cache; `action: refresh` has WeChat issue a new one, which invalidates the old
    token for every other user of that app. Repeating a `get` reads the same token; repeating a
    `refresh` only replaces the token once more, so both are safe to repeat.

    Its real effect is outside the platform (WeChat issues and revokes the token); the sandbox only
    records the call (`x-external-effect`).

    Args:
        body (WechatTokenForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WechatTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
