from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.oauth_2_authorize_form import Oauth2AuthorizeForm
from ...models.oauth_2_authorize_response import Oauth2AuthorizeResponse
from ...types import Response


def _get_kwargs(
    *,
    body: Oauth2AuthorizeForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/oauth2/authorize",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=("biosample_ids",))
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Oauth2AuthorizeResponse | None:
    if response.status_code == 200:
        response_200 = Oauth2AuthorizeResponse.from_dict(response.json())

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
) -> Response[Any | Oauth2AuthorizeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Oauth2AuthorizeForm,
) -> Response[Any | Oauth2AuthorizeResponse]:
    """Record a user's grant and get a code (获取用户授权).

     Records that the user (by `auth_token`) grants the application its permissions and, optionally,
    access to some samples, and answers an authorisation code. A repeat records the same grant and
    issues another code, which is harmless unless codes are single-use per grant (not documented).

    The reference sends a missing `biosample_ids` as the text `null`; the SDK omits it.

    Args:
        body (Oauth2AuthorizeForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Oauth2AuthorizeResponse]
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
    body: Oauth2AuthorizeForm,
) -> Any | Oauth2AuthorizeResponse | None:
    """Record a user's grant and get a code (获取用户授权).

     Records that the user (by `auth_token`) grants the application its permissions and, optionally,
    access to some samples, and answers an authorisation code. A repeat records the same grant and
    issues another code, which is harmless unless codes are single-use per grant (not documented).

    The reference sends a missing `biosample_ids` as the text `null`; the SDK omits it.

    Args:
        body (Oauth2AuthorizeForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Oauth2AuthorizeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Oauth2AuthorizeForm,
) -> Response[Any | Oauth2AuthorizeResponse]:
    """Record a user's grant and get a code (获取用户授权).

     Records that the user (by `auth_token`) grants the application its permissions and, optionally,
    access to some samples, and answers an authorisation code. A repeat records the same grant and
    issues another code, which is harmless unless codes are single-use per grant (not documented).

    The reference sends a missing `biosample_ids` as the text `null`; the SDK omits it.

    Args:
        body (Oauth2AuthorizeForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Oauth2AuthorizeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Oauth2AuthorizeForm,
) -> Any | Oauth2AuthorizeResponse | None:
    """Record a user's grant and get a code (获取用户授权).

     Records that the user (by `auth_token`) grants the application its permissions and, optionally,
    access to some samples, and answers an authorisation code. A repeat records the same grant and
    issues another code, which is harmless unless codes are single-use per grant (not documented).

    The reference sends a missing `biosample_ids` as the text `null`; the SDK omits it.

    Args:
        body (Oauth2AuthorizeForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Oauth2AuthorizeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
