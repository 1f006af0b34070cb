from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.account_verify_form import AccountVerifyForm
from ...models.account_verify_response import AccountVerifyResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AccountVerifyForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/verify",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountVerifyResponse | Any | None:
    if response.status_code == 200:
        response_200 = AccountVerifyResponse.from_dict(response.json())

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
) -> Response[AccountVerifyResponse | Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccountVerifyForm,
) -> Response[AccountVerifyResponse | Any]:
    """Send a verification code by SMS or e-mail (发送验证码).

     Sends a verification code to the phone number or e-mail address `account`, for logging in
    (`login`), registering (`register`) or changing a user's phone number or e-mail address
    (`update`). `user_id` names that user and is needed only when `scope` is `update`. Every call
    sends a new code, so it is not repeated after an unknown outcome. The answer is not documented.

    A method of the `private.account` sub-client of the installed reference (not documented beyond
    its docstring).

    Its real effect is outside the platform (a code reaches a phone or a mailbox); the sandbox only
    records the call (`x-external-effect`).

    Args:
        body (AccountVerifyForm): `user_id` is the user whose phone number or e-mail address
            changes; it is required when `scope` is `update` and not needed otherwise
            (要更新邮箱或手机号的用户编号，仅 scope=update 时必须提供).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountVerifyResponse | Any]
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
    body: AccountVerifyForm,
) -> AccountVerifyResponse | Any | None:
    """Send a verification code by SMS or e-mail (发送验证码).

     Sends a verification code to the phone number or e-mail address `account`, for logging in
    (`login`), registering (`register`) or changing a user's phone number or e-mail address
    (`update`). `user_id` names that user and is needed only when `scope` is `update`. Every call
    sends a new code, so it is not repeated after an unknown outcome. The answer is not documented.

    A method of the `private.account` sub-client of the installed reference (not documented beyond
    its docstring).

    Its real effect is outside the platform (a code reaches a phone or a mailbox); the sandbox only
    records the call (`x-external-effect`).

    Args:
        body (AccountVerifyForm): `user_id` is the user whose phone number or e-mail address
            changes; it is required when `scope` is `update` and not needed otherwise
            (要更新邮箱或手机号的用户编号，仅 scope=update 时必须提供).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountVerifyResponse | Any
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccountVerifyForm,
) -> Response[AccountVerifyResponse | Any]:
    """Send a verification code by SMS or e-mail (发送验证码).

     Sends a verification code to the phone number or e-mail address `account`, for logging in
    (`login`), registering (`register`) or changing a user's phone number or e-mail address
    (`update`). `user_id` names that user and is needed only when `scope` is `update`. Every call
    sends a new code, so it is not repeated after an unknown outcome. The answer is not documented.

    A method of the `private.account` sub-client of the installed reference (not documented beyond
    its docstring).

    Its real effect is outside the platform (a code reaches a phone or a mailbox); the sandbox only
    records the call (`x-external-effect`).

    Args:
        body (AccountVerifyForm): `user_id` is the user whose phone number or e-mail address
            changes; it is required when `scope` is `update` and not needed otherwise
            (要更新邮箱或手机号的用户编号，仅 scope=update 时必须提供).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountVerifyResponse | Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AccountVerifyForm,
) -> AccountVerifyResponse | Any | None:
    """Send a verification code by SMS or e-mail (发送验证码).

     Sends a verification code to the phone number or e-mail address `account`, for logging in
    (`login`), registering (`register`) or changing a user's phone number or e-mail address
    (`update`). `user_id` names that user and is needed only when `scope` is `update`. Every call
    sends a new code, so it is not repeated after an unknown outcome. The answer is not documented.

    A method of the `private.account` sub-client of the installed reference (not documented beyond
    its docstring).

    Its real effect is outside the platform (a code reaches a phone or a mailbox); the sandbox only
    records the call (`x-external-effect`).

    Args:
        body (AccountVerifyForm): `user_id` is the user whose phone number or e-mail address
            changes; it is required when `scope` is `update` and not needed otherwise
            (要更新邮箱或手机号的用户编号，仅 scope=update 时必须提供).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountVerifyResponse | Any
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
