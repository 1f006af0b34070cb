from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.import_response_form import ImportResponseForm
from ...models.import_response_response import ImportResponseResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ImportResponseForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/survey/responses/import",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=("answers",))
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ImportResponseResponse | None:
    if response.status_code == 200:
        response_200 = ImportResponseResponse.from_dict(response.json())

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
) -> Response[Any | ImportResponseResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportResponseForm,
) -> Response[Any | ImportResponseResponse]:
    """Import a response (将答卷导入到数据库中).

     Stores a response of the user to a published survey, with its answers, and answers the stored
    response. Every call stores another response. A lost answer is not looked up: a user may answer
    one survey many times, so no read tells a response stored by a lost attempt from an earlier one,
    and the call is not repeated.

    The documentation's call uses the placeholders `xxxxxxxxx` and `E-B123432423`, which are not a
    user id and a biosample id; the example puts the ids of its output in their place.

    Documented example output is inconsistent with its call: it is response 99 to published survey
    103; the call imports a response to survey 107.

    Args:
        body (ImportResponseForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ImportResponseResponse]
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
    body: ImportResponseForm,
) -> Any | ImportResponseResponse | None:
    """Import a response (将答卷导入到数据库中).

     Stores a response of the user to a published survey, with its answers, and answers the stored
    response. Every call stores another response. A lost answer is not looked up: a user may answer
    one survey many times, so no read tells a response stored by a lost attempt from an earlier one,
    and the call is not repeated.

    The documentation's call uses the placeholders `xxxxxxxxx` and `E-B123432423`, which are not a
    user id and a biosample id; the example puts the ids of its output in their place.

    Documented example output is inconsistent with its call: it is response 99 to published survey
    103; the call imports a response to survey 107.

    Args:
        body (ImportResponseForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ImportResponseResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportResponseForm,
) -> Response[Any | ImportResponseResponse]:
    """Import a response (将答卷导入到数据库中).

     Stores a response of the user to a published survey, with its answers, and answers the stored
    response. Every call stores another response. A lost answer is not looked up: a user may answer
    one survey many times, so no read tells a response stored by a lost attempt from an earlier one,
    and the call is not repeated.

    The documentation's call uses the placeholders `xxxxxxxxx` and `E-B123432423`, which are not a
    user id and a biosample id; the example puts the ids of its output in their place.

    Documented example output is inconsistent with its call: it is response 99 to published survey
    103; the call imports a response to survey 107.

    Args:
        body (ImportResponseForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ImportResponseResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ImportResponseForm,
) -> Any | ImportResponseResponse | None:
    """Import a response (将答卷导入到数据库中).

     Stores a response of the user to a published survey, with its answers, and answers the stored
    response. Every call stores another response. A lost answer is not looked up: a user may answer
    one survey many times, so no read tells a response stored by a lost attempt from an earlier one,
    and the call is not repeated.

    The documentation's call uses the placeholders `xxxxxxxxx` and `E-B123432423`, which are not a
    user id and a biosample id; the example puts the ids of its output in their place.

    Documented example output is inconsistent with its call: it is response 99 to published survey
    103; the call imports a response to survey 107.

    Args:
        body (ImportResponseForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ImportResponseResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
