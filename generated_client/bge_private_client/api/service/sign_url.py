from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.sign_url_form import SignUrlForm
from ...models.sign_url_response import SignUrlResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SignUrlForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/oss/sign_url",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | SignUrlResponse | None:
    if response.status_code == 200:
        response_200 = SignUrlResponse.from_dict(response.json())

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
) -> Response[Any | SignUrlResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignUrlForm,
) -> Response[Any | SignUrlResponse]:
    """A signed download URL for an OSS object (获取阿里云 OSS 中的文件下载地址).

     Computes a signed, expiring download URL for an object in BGE's OSS storage, on the domestic or
    the international download domain. The URL lives `expiration_time` seconds (the platform's
    default is 600 when the field is not sent). Computing a URL changes nothing, so it is safe to
    repeat.

    Its real effect is outside the platform (the URL is signed for Alibaba Cloud OSS); the sandbox
    only records the call (`x-external-effect`).

    Documented example output is inconsistent with its call: the call asks for region `domestic`,
    the URL shown is on the international-file host.

    Args:
        body (SignUrlForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SignUrlResponse]
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
    body: SignUrlForm,
) -> Any | SignUrlResponse | None:
    """A signed download URL for an OSS object (获取阿里云 OSS 中的文件下载地址).

     Computes a signed, expiring download URL for an object in BGE's OSS storage, on the domestic or
    the international download domain. The URL lives `expiration_time` seconds (the platform's
    default is 600 when the field is not sent). Computing a URL changes nothing, so it is safe to
    repeat.

    Its real effect is outside the platform (the URL is signed for Alibaba Cloud OSS); the sandbox
    only records the call (`x-external-effect`).

    Documented example output is inconsistent with its call: the call asks for region `domestic`,
    the URL shown is on the international-file host.

    Args:
        body (SignUrlForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SignUrlResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignUrlForm,
) -> Response[Any | SignUrlResponse]:
    """A signed download URL for an OSS object (获取阿里云 OSS 中的文件下载地址).

     Computes a signed, expiring download URL for an object in BGE's OSS storage, on the domestic or
    the international download domain. The URL lives `expiration_time` seconds (the platform's
    default is 600 when the field is not sent). Computing a URL changes nothing, so it is safe to
    repeat.

    Its real effect is outside the platform (the URL is signed for Alibaba Cloud OSS); the sandbox
    only records the call (`x-external-effect`).

    Documented example output is inconsistent with its call: the call asks for region `domestic`,
    the URL shown is on the international-file host.

    Args:
        body (SignUrlForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SignUrlResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SignUrlForm,
) -> Any | SignUrlResponse | None:
    """A signed download URL for an OSS object (获取阿里云 OSS 中的文件下载地址).

     Computes a signed, expiring download URL for an object in BGE's OSS storage, on the domestic or
    the international download domain. The URL lives `expiration_time` seconds (the platform's
    default is 600 when the field is not sent). Computing a URL changes nothing, so it is safe to
    repeat.

    Its real effect is outside the platform (the URL is signed for Alibaba Cloud OSS); the sandbox
    only records the call (`x-external-effect`).

    Documented example output is inconsistent with its call: the call asks for region `domestic`,
    the URL shown is on the international-file host.

    Args:
        body (SignUrlForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SignUrlResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
