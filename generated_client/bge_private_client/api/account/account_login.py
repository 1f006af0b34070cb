from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.account_login_form import AccountLoginForm
from ...models.account_login_response import AccountLoginResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AccountLoginForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/login",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountLoginResponse | Any | None:
    if response.status_code == 200:
        response_200 = AccountLoginResponse.from_dict(response.json())

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
) -> Response[AccountLoginResponse | Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccountLoginForm,
) -> Response[AccountLoginResponse | Any]:
    """Log a user in with a password or a verification code (登录).

     Checks the log-in of the user whose phone number or e-mail address is `account`, with exactly
    one of `password` or the 6-digit `code` sent by `verify`. On success the answer carries the
    user's `token` (which `get_user` takes); its other fields are not documented. `password` and
    `token` are secrets: the SDK never shows them in a log line, a `repr` or an error message. A
    repeat logs in again, which is harmless (a code may be refused the second time).

    A method of the `private.account` sub-client of the installed reference (not documented beyond
    its docstring).

    Args:
        body (AccountLoginForm): `account` and exactly one of `password` and `code` (password 与
            code 必须且只能提供其中之一).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountLoginResponse | Any]
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
    body: AccountLoginForm,
) -> AccountLoginResponse | Any | None:
    """Log a user in with a password or a verification code (登录).

     Checks the log-in of the user whose phone number or e-mail address is `account`, with exactly
    one of `password` or the 6-digit `code` sent by `verify`. On success the answer carries the
    user's `token` (which `get_user` takes); its other fields are not documented. `password` and
    `token` are secrets: the SDK never shows them in a log line, a `repr` or an error message. A
    repeat logs in again, which is harmless (a code may be refused the second time).

    A method of the `private.account` sub-client of the installed reference (not documented beyond
    its docstring).

    Args:
        body (AccountLoginForm): `account` and exactly one of `password` and `code` (password 与
            code 必须且只能提供其中之一).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountLoginResponse | Any
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccountLoginForm,
) -> Response[AccountLoginResponse | Any]:
    """Log a user in with a password or a verification code (登录).

     Checks the log-in of the user whose phone number or e-mail address is `account`, with exactly
    one of `password` or the 6-digit `code` sent by `verify`. On success the answer carries the
    user's `token` (which `get_user` takes); its other fields are not documented. `password` and
    `token` are secrets: the SDK never shows them in a log line, a `repr` or an error message. A
    repeat logs in again, which is harmless (a code may be refused the second time).

    A method of the `private.account` sub-client of the installed reference (not documented beyond
    its docstring).

    Args:
        body (AccountLoginForm): `account` and exactly one of `password` and `code` (password 与
            code 必须且只能提供其中之一).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountLoginResponse | Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AccountLoginForm,
) -> AccountLoginResponse | Any | None:
    """Log a user in with a password or a verification code (登录).

     Checks the log-in of the user whose phone number or e-mail address is `account`, with exactly
    one of `password` or the 6-digit `code` sent by `verify`. On success the answer carries the
    user's `token` (which `get_user` takes); its other fields are not documented. `password` and
    `token` are secrets: the SDK never shows them in a log line, a `repr` or an error message. A
    repeat logs in again, which is harmless (a code may be refused the second time).

    A method of the `private.account` sub-client of the installed reference (not documented beyond
    its docstring).

    Args:
        body (AccountLoginForm): `account` and exactly one of `password` and `code` (password 与
            code 必须且只能提供其中之一).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountLoginResponse | Any
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
