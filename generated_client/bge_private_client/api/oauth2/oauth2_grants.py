from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.oauth_2_grants_form import Oauth2GrantsForm
from ...models.oauth_2_grants_response import Oauth2GrantsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: Oauth2GrantsForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/oauth2/grants",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Oauth2GrantsResponse | None:
    if response.status_code == 200:
        response_200 = Oauth2GrantsResponse.from_dict(response.json())

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
) -> Response[Any | Oauth2GrantsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Oauth2GrantsForm,
) -> Response[Any | Oauth2GrantsResponse]:
    """A user's grants (获取授权列表).

     The grants the user (by `auth_token`) has given, or only the one to `client_id`. `data` is the
    grant, or `[]` when there is none; the SDK answers None then. The reference fails on a list of
    grants; the SDK answers a list of them. The documentation lists a `redirect_uri` argument that
    does not exist.

    Documented example output is inconsistent with its call: the call asks for the grant to
    `ex8FoZjiSmjAlbg0XiqGmaTSIT3SGxoJYnslDGqB`, but the grant shown is to another application
    (`84CyOIuRi02ECbp1t9t688NPsBLSoRU6NtJkL5I8`, whose logo is not the one `oauth2_application`
    shows for `ex8Fo…`).

    Args:
        body (Oauth2GrantsForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Oauth2GrantsResponse]
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
    body: Oauth2GrantsForm,
) -> Any | Oauth2GrantsResponse | None:
    """A user's grants (获取授权列表).

     The grants the user (by `auth_token`) has given, or only the one to `client_id`. `data` is the
    grant, or `[]` when there is none; the SDK answers None then. The reference fails on a list of
    grants; the SDK answers a list of them. The documentation lists a `redirect_uri` argument that
    does not exist.

    Documented example output is inconsistent with its call: the call asks for the grant to
    `ex8FoZjiSmjAlbg0XiqGmaTSIT3SGxoJYnslDGqB`, but the grant shown is to another application
    (`84CyOIuRi02ECbp1t9t688NPsBLSoRU6NtJkL5I8`, whose logo is not the one `oauth2_application`
    shows for `ex8Fo…`).

    Args:
        body (Oauth2GrantsForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Oauth2GrantsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Oauth2GrantsForm,
) -> Response[Any | Oauth2GrantsResponse]:
    """A user's grants (获取授权列表).

     The grants the user (by `auth_token`) has given, or only the one to `client_id`. `data` is the
    grant, or `[]` when there is none; the SDK answers None then. The reference fails on a list of
    grants; the SDK answers a list of them. The documentation lists a `redirect_uri` argument that
    does not exist.

    Documented example output is inconsistent with its call: the call asks for the grant to
    `ex8FoZjiSmjAlbg0XiqGmaTSIT3SGxoJYnslDGqB`, but the grant shown is to another application
    (`84CyOIuRi02ECbp1t9t688NPsBLSoRU6NtJkL5I8`, whose logo is not the one `oauth2_application`
    shows for `ex8Fo…`).

    Args:
        body (Oauth2GrantsForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Oauth2GrantsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Oauth2GrantsForm,
) -> Any | Oauth2GrantsResponse | None:
    """A user's grants (获取授权列表).

     The grants the user (by `auth_token`) has given, or only the one to `client_id`. `data` is the
    grant, or `[]` when there is none; the SDK answers None then. The reference fails on a list of
    grants; the SDK answers a list of them. The documentation lists a `redirect_uri` argument that
    does not exist.

    Documented example output is inconsistent with its call: the call asks for the grant to
    `ex8FoZjiSmjAlbg0XiqGmaTSIT3SGxoJYnslDGqB`, but the grant shown is to another application
    (`84CyOIuRi02ECbp1t9t688NPsBLSoRU6NtJkL5I8`, whose logo is not the one `oauth2_application`
    shows for `ex8Fo…`).

    Args:
        body (Oauth2GrantsForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Oauth2GrantsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
