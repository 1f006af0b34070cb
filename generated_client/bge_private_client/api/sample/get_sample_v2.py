from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.get_sample_v2_form import GetSampleV2Form
from ...models.get_sample_v2_response import GetSampleV2Response
from ...types import Response


def _get_kwargs(
    *,
    body: GetSampleV2Form,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/openbge/samples",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetSampleV2Response | None:
    if response.status_code == 200:
        response_200 = GetSampleV2Response.from_dict(response.json())

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
) -> Response[Any | GetSampleV2Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetSampleV2Form,
) -> Response[Any | GetSampleV2Response]:
    """Look up samples, version 2 (新版获取样本数据).

     Undocumented: the reference passes any keyword as a form field (presumably the fields of
    `get_samples`). Its answer is taken as one object (`data`); unlike `get_samples` the reference
    does not read an envelope `pagination`, so the v2 answer presumably pages inside `data`.

    Args:
        body (GetSampleV2Form): No field is documented; every field given is sent as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetSampleV2Response]
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
    body: GetSampleV2Form,
) -> Any | GetSampleV2Response | None:
    """Look up samples, version 2 (新版获取样本数据).

     Undocumented: the reference passes any keyword as a form field (presumably the fields of
    `get_samples`). Its answer is taken as one object (`data`); unlike `get_samples` the reference
    does not read an envelope `pagination`, so the v2 answer presumably pages inside `data`.

    Args:
        body (GetSampleV2Form): No field is documented; every field given is sent as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetSampleV2Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetSampleV2Form,
) -> Response[Any | GetSampleV2Response]:
    """Look up samples, version 2 (新版获取样本数据).

     Undocumented: the reference passes any keyword as a form field (presumably the fields of
    `get_samples`). Its answer is taken as one object (`data`); unlike `get_samples` the reference
    does not read an envelope `pagination`, so the v2 answer presumably pages inside `data`.

    Args:
        body (GetSampleV2Form): No field is documented; every field given is sent as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetSampleV2Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetSampleV2Form,
) -> Any | GetSampleV2Response | None:
    """Look up samples, version 2 (新版获取样本数据).

     Undocumented: the reference passes any keyword as a form field (presumably the fields of
    `get_samples`). Its answer is taken as one object (`data`); unlike `get_samples` the reference
    does not read an envelope `pagination`, so the v2 answer presumably pages inside `data`.

    Args:
        body (GetSampleV2Form): No field is documented; every field given is sent as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetSampleV2Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
