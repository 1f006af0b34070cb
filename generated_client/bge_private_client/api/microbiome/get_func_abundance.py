from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.get_func_abundance_form import GetFuncAbundanceForm
from ...models.get_func_abundance_response import GetFuncAbundanceResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetFuncAbundanceForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/microbiome/func_abundance",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetFuncAbundanceResponse | None:
    if response.status_code == 200:
        response_200 = GetFuncAbundanceResponse.from_dict(response.json())

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
) -> Response[Any | GetFuncAbundanceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFuncAbundanceForm,
) -> Response[Any | GetFuncAbundanceResponse]:
    """Function abundances of a microbiome sample, by catalogue (获取功能丰度).

     `biosample_id` and `catalog` are required (the docs omit `catalog`). Pages are walked by a
    cursor: send the answer's `next_page` back as `next_page`. The docs say that `ids` must not be
    combined with `limit` or `next_page`; the reference nevertheless sends `limit` (50 unless the
    caller passes `None`). The answer's `data` is returned as plain JSON; the docs show its
    `result` records but not the member holding the next cursor (presumably `next_page`).
    Documented example output is inconsistent with its call: the records shown belong to E-F19956815350,
    while the call asks for E-F19486142636.

    Args:
        body (GetFuncAbundanceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetFuncAbundanceResponse]
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
    body: GetFuncAbundanceForm,
) -> Any | GetFuncAbundanceResponse | None:
    """Function abundances of a microbiome sample, by catalogue (获取功能丰度).

     `biosample_id` and `catalog` are required (the docs omit `catalog`). Pages are walked by a
    cursor: send the answer's `next_page` back as `next_page`. The docs say that `ids` must not be
    combined with `limit` or `next_page`; the reference nevertheless sends `limit` (50 unless the
    caller passes `None`). The answer's `data` is returned as plain JSON; the docs show its
    `result` records but not the member holding the next cursor (presumably `next_page`).
    Documented example output is inconsistent with its call: the records shown belong to E-F19956815350,
    while the call asks for E-F19486142636.

    Args:
        body (GetFuncAbundanceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetFuncAbundanceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFuncAbundanceForm,
) -> Response[Any | GetFuncAbundanceResponse]:
    """Function abundances of a microbiome sample, by catalogue (获取功能丰度).

     `biosample_id` and `catalog` are required (the docs omit `catalog`). Pages are walked by a
    cursor: send the answer's `next_page` back as `next_page`. The docs say that `ids` must not be
    combined with `limit` or `next_page`; the reference nevertheless sends `limit` (50 unless the
    caller passes `None`). The answer's `data` is returned as plain JSON; the docs show its
    `result` records but not the member holding the next cursor (presumably `next_page`).
    Documented example output is inconsistent with its call: the records shown belong to E-F19956815350,
    while the call asks for E-F19486142636.

    Args:
        body (GetFuncAbundanceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetFuncAbundanceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetFuncAbundanceForm,
) -> Any | GetFuncAbundanceResponse | None:
    """Function abundances of a microbiome sample, by catalogue (获取功能丰度).

     `biosample_id` and `catalog` are required (the docs omit `catalog`). Pages are walked by a
    cursor: send the answer's `next_page` back as `next_page`. The docs say that `ids` must not be
    combined with `limit` or `next_page`; the reference nevertheless sends `limit` (50 unless the
    caller passes `None`). The answer's `data` is returned as plain JSON; the docs show its
    `result` records but not the member holding the next cursor (presumably `next_page`).
    Documented example output is inconsistent with its call: the records shown belong to E-F19956815350,
    while the call asks for E-F19486142636.

    Args:
        body (GetFuncAbundanceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetFuncAbundanceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
