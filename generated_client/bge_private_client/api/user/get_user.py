from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.get_user_form import GetUserForm
from ...models.get_user_response import GetUserResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetUserForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/user/profile",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | GetUserResponse | None:
    if response.status_code == 200:
        response_200 = GetUserResponse.from_dict(response.json())

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
) -> Response[Any | GetUserResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetUserForm,
) -> Response[Any | GetUserResponse]:
    """The profile of the individual behind a sample or an individual id (获取用户信息).

     Give exactly one of `biosample_id` (the profile of the individual the sample was taken from)
    or `fundamental_entity_id` (that individual's profile). `fundamental_entity_id` in the answer
    is the platform's individual id, not a user-centre user id. `has_generate_time_fields` asks for
    the time each named field's data was generated as well; the docs do not show how those times
    appear in the answer. An unknown sample or individual is an error (`40401`).

    Args:
        body (GetUserForm): Exactly one of `biosample_id` and `fundamental_entity_id` must be
            given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetUserResponse]
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
    body: GetUserForm,
) -> Any | GetUserResponse | None:
    """The profile of the individual behind a sample or an individual id (获取用户信息).

     Give exactly one of `biosample_id` (the profile of the individual the sample was taken from)
    or `fundamental_entity_id` (that individual's profile). `fundamental_entity_id` in the answer
    is the platform's individual id, not a user-centre user id. `has_generate_time_fields` asks for
    the time each named field's data was generated as well; the docs do not show how those times
    appear in the answer. An unknown sample or individual is an error (`40401`).

    Args:
        body (GetUserForm): Exactly one of `biosample_id` and `fundamental_entity_id` must be
            given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetUserResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetUserForm,
) -> Response[Any | GetUserResponse]:
    """The profile of the individual behind a sample or an individual id (获取用户信息).

     Give exactly one of `biosample_id` (the profile of the individual the sample was taken from)
    or `fundamental_entity_id` (that individual's profile). `fundamental_entity_id` in the answer
    is the platform's individual id, not a user-centre user id. `has_generate_time_fields` asks for
    the time each named field's data was generated as well; the docs do not show how those times
    appear in the answer. An unknown sample or individual is an error (`40401`).

    Args:
        body (GetUserForm): Exactly one of `biosample_id` and `fundamental_entity_id` must be
            given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetUserResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetUserForm,
) -> Any | GetUserResponse | None:
    """The profile of the individual behind a sample or an individual id (获取用户信息).

     Give exactly one of `biosample_id` (the profile of the individual the sample was taken from)
    or `fundamental_entity_id` (that individual's profile). `fundamental_entity_id` in the answer
    is the platform's individual id, not a user-centre user id. `has_generate_time_fields` asks for
    the time each named field's data was generated as well; the docs do not show how those times
    appear in the answer. An unknown sample or individual is an error (`40401`).

    Args:
        body (GetUserForm): Exactly one of `biosample_id` and `fundamental_entity_id` must be
            given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetUserResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
