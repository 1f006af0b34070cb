from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.account_get_users_form import AccountGetUsersForm
from ...models.account_get_users_response import AccountGetUsersResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AccountGetUsersForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/users",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountGetUsersResponse | Any | None:
    if response.status_code == 200:
        response_200 = AccountGetUsersResponse.from_dict(response.json())

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
) -> Response[AccountGetUsersResponse | Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccountGetUsersForm,
) -> Response[AccountGetUsersResponse | Any]:
    """List users of the BGE user center (查询用户列表).

     Lists users of the BGE user center, optionally only `user_ids`, sorted by `sort`. The reference
    always sends `page` (1) and `limit` (100). The answer's fields are not documented: the
    reference wraps `data` in a `Model`, which fails on an answer with the envelope's `pagination`,
    so the page is not there; it is described as the platform's usual page with `page` and `limit`
    inside `data`.

    A method of the `private.account` sub-client of the installed reference (not documented beyond
    its docstring).

    Args:
        body (AccountGetUsersForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountGetUsersResponse | Any]
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
    body: AccountGetUsersForm,
) -> AccountGetUsersResponse | Any | None:
    """List users of the BGE user center (查询用户列表).

     Lists users of the BGE user center, optionally only `user_ids`, sorted by `sort`. The reference
    always sends `page` (1) and `limit` (100). The answer's fields are not documented: the
    reference wraps `data` in a `Model`, which fails on an answer with the envelope's `pagination`,
    so the page is not there; it is described as the platform's usual page with `page` and `limit`
    inside `data`.

    A method of the `private.account` sub-client of the installed reference (not documented beyond
    its docstring).

    Args:
        body (AccountGetUsersForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountGetUsersResponse | Any
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccountGetUsersForm,
) -> Response[AccountGetUsersResponse | Any]:
    """List users of the BGE user center (查询用户列表).

     Lists users of the BGE user center, optionally only `user_ids`, sorted by `sort`. The reference
    always sends `page` (1) and `limit` (100). The answer's fields are not documented: the
    reference wraps `data` in a `Model`, which fails on an answer with the envelope's `pagination`,
    so the page is not there; it is described as the platform's usual page with `page` and `limit`
    inside `data`.

    A method of the `private.account` sub-client of the installed reference (not documented beyond
    its docstring).

    Args:
        body (AccountGetUsersForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountGetUsersResponse | Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AccountGetUsersForm,
) -> AccountGetUsersResponse | Any | None:
    """List users of the BGE user center (查询用户列表).

     Lists users of the BGE user center, optionally only `user_ids`, sorted by `sort`. The reference
    always sends `page` (1) and `limit` (100). The answer's fields are not documented: the
    reference wraps `data` in a `Model`, which fails on an answer with the envelope's `pagination`,
    so the page is not there; it is described as the platform's usual page with `page` and `limit`
    inside `data`.

    A method of the `private.account` sub-client of the installed reference (not documented beyond
    its docstring).

    Args:
        body (AccountGetUsersForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountGetUsersResponse | Any
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
