from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.bgicoin_withdraw_form import BgicoinWithdrawForm
from ...models.bgicoin_withdraw_response import BgicoinWithdrawResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BgicoinWithdrawForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/bgicoin/withdraw",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BgicoinWithdrawResponse | None:
    if response.status_code == 200:
        response_200 = BgicoinWithdrawResponse.from_dict(response.json())

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
) -> Response[Any | BgicoinWithdrawResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BgicoinWithdrawForm,
) -> Response[Any | BgicoinWithdrawResponse]:
    """Charge a BGI employee's BGI-coin account for an order (华大币扣款).

     Moves `amount` BGI coins from the account of the BGI employee `account_name` to the merchant,
    for the merchant's order `order_id` (unique in the merchant's system, at least 8 characters).
    The answer gives the platform's trade number.

    Money moves on every accepted call. Whether the platform refuses a repeated `order_id` or
    answers it with the first trade is not documented, and there is no order lookup, so the call is
    never repeated after an unknown outcome: check the order before charging again, with the same
    `order_id`.

    Its real effect is outside the platform (BGI coins are moved between accounts); the sandbox
    only records the call (`x-external-effect`).

    Args:
        body (BgicoinWithdrawForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BgicoinWithdrawResponse]
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
    body: BgicoinWithdrawForm,
) -> Any | BgicoinWithdrawResponse | None:
    """Charge a BGI employee's BGI-coin account for an order (华大币扣款).

     Moves `amount` BGI coins from the account of the BGI employee `account_name` to the merchant,
    for the merchant's order `order_id` (unique in the merchant's system, at least 8 characters).
    The answer gives the platform's trade number.

    Money moves on every accepted call. Whether the platform refuses a repeated `order_id` or
    answers it with the first trade is not documented, and there is no order lookup, so the call is
    never repeated after an unknown outcome: check the order before charging again, with the same
    `order_id`.

    Its real effect is outside the platform (BGI coins are moved between accounts); the sandbox
    only records the call (`x-external-effect`).

    Args:
        body (BgicoinWithdrawForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BgicoinWithdrawResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BgicoinWithdrawForm,
) -> Response[Any | BgicoinWithdrawResponse]:
    """Charge a BGI employee's BGI-coin account for an order (华大币扣款).

     Moves `amount` BGI coins from the account of the BGI employee `account_name` to the merchant,
    for the merchant's order `order_id` (unique in the merchant's system, at least 8 characters).
    The answer gives the platform's trade number.

    Money moves on every accepted call. Whether the platform refuses a repeated `order_id` or
    answers it with the first trade is not documented, and there is no order lookup, so the call is
    never repeated after an unknown outcome: check the order before charging again, with the same
    `order_id`.

    Its real effect is outside the platform (BGI coins are moved between accounts); the sandbox
    only records the call (`x-external-effect`).

    Args:
        body (BgicoinWithdrawForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BgicoinWithdrawResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BgicoinWithdrawForm,
) -> Any | BgicoinWithdrawResponse | None:
    """Charge a BGI employee's BGI-coin account for an order (华大币扣款).

     Moves `amount` BGI coins from the account of the BGI employee `account_name` to the merchant,
    for the merchant's order `order_id` (unique in the merchant's system, at least 8 characters).
    The answer gives the platform's trade number.

    Money moves on every accepted call. Whether the platform refuses a repeated `order_id` or
    answers it with the first trade is not documented, and there is no order lookup, so the call is
    never repeated after an unknown outcome: check the order before charging again, with the same
    `order_id`.

    Its real effect is outside the platform (BGI coins are moved between accounts); the sandbox
    only records the call (`x-external-effect`).

    Args:
        body (BgicoinWithdrawForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BgicoinWithdrawResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
