from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.user_id_form import UserIdForm
from ...models.wechat_profile_response import WechatProfileResponse
from ...types import Response


def _get_kwargs(
    *,
    body: UserIdForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/wechat/profile",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | WechatProfileResponse | None:
    if response.status_code == 200:
        response_200 = WechatProfileResponse.from_dict(response.json())

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
) -> Response[Any | WechatProfileResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserIdForm,
) -> Response[Any | WechatProfileResponse]:
    """A BGE user's openids in BGE's main WeChat apps (获取用户的微信 openid).

     The user's openid in each of BGE's WeChat apps (null for an app the user never used) and
    their WeChat nickname. A user with no WeChat identity at all is an error (`40401`).

    Args:
        body (UserIdForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WechatProfileResponse]
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
    body: UserIdForm,
) -> Any | WechatProfileResponse | None:
    """A BGE user's openids in BGE's main WeChat apps (获取用户的微信 openid).

     The user's openid in each of BGE's WeChat apps (null for an app the user never used) and
    their WeChat nickname. A user with no WeChat identity at all is an error (`40401`).

    Args:
        body (UserIdForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WechatProfileResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserIdForm,
) -> Response[Any | WechatProfileResponse]:
    """A BGE user's openids in BGE's main WeChat apps (获取用户的微信 openid).

     The user's openid in each of BGE's WeChat apps (null for an app the user never used) and
    their WeChat nickname. A user with no WeChat identity at all is an error (`40401`).

    Args:
        body (UserIdForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WechatProfileResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserIdForm,
) -> Any | WechatProfileResponse | None:
    """A BGE user's openids in BGE's main WeChat apps (获取用户的微信 openid).

     The user's openid in each of BGE's WeChat apps (null for an app the user never used) and
    their WeChat nickname. A user with no WeChat identity at all is an error (`40401`).

    Args:
        body (UserIdForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WechatProfileResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
