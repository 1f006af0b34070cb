from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.options_batch_create_form import OptionsBatchCreateForm
from ...models.options_batch_create_response import OptionsBatchCreateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OptionsBatchCreateForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/survey/options/batch_create",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=("options",))
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | OptionsBatchCreateResponse | None:
    if response.status_code == 200:
        response_200 = OptionsBatchCreateResponse.from_dict(response.json())

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
) -> Response[Any | OptionsBatchCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OptionsBatchCreateForm,
) -> Response[Any | OptionsBatchCreateResponse]:
    """Replace all options of a question (批量创建某问题下的选项).

     Deletes all options of the question, then creates the given ones (选项创建前会将该问题下的旧选项全部清空):
    repeating it gives the same options, with new ids. Only `checkbox` and `radio` questions take it
    (只有 checkbox、radio 两种问题才能使用本接口批量创建选项).

    Args:
        body (OptionsBatchCreateForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OptionsBatchCreateResponse]
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
    body: OptionsBatchCreateForm,
) -> Any | OptionsBatchCreateResponse | None:
    """Replace all options of a question (批量创建某问题下的选项).

     Deletes all options of the question, then creates the given ones (选项创建前会将该问题下的旧选项全部清空):
    repeating it gives the same options, with new ids. Only `checkbox` and `radio` questions take it
    (只有 checkbox、radio 两种问题才能使用本接口批量创建选项).

    Args:
        body (OptionsBatchCreateForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OptionsBatchCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OptionsBatchCreateForm,
) -> Response[Any | OptionsBatchCreateResponse]:
    """Replace all options of a question (批量创建某问题下的选项).

     Deletes all options of the question, then creates the given ones (选项创建前会将该问题下的旧选项全部清空):
    repeating it gives the same options, with new ids. Only `checkbox` and `radio` questions take it
    (只有 checkbox、radio 两种问题才能使用本接口批量创建选项).

    Args:
        body (OptionsBatchCreateForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OptionsBatchCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OptionsBatchCreateForm,
) -> Any | OptionsBatchCreateResponse | None:
    """Replace all options of a question (批量创建某问题下的选项).

     Deletes all options of the question, then creates the given ones (选项创建前会将该问题下的旧选项全部清空):
    repeating it gives the same options, with new ids. Only `checkbox` and `radio` questions take it
    (只有 checkbox、radio 两种问题才能使用本接口批量创建选项).

    Args:
        body (OptionsBatchCreateForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OptionsBatchCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
