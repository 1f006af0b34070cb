from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.sts_token_form import StsTokenForm
from ...models.sts_token_response import StsTokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: StsTokenForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/sts/token",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | StsTokenResponse | None:
    if response.status_code == 200:
        response_200 = StsTokenResponse.from_dict(response.json())

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
) -> Response[Any | StsTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StsTokenForm,
) -> Response[Any | StsTokenResponse]:
    """Temporary Alibaba Cloud OSS credentials for uploading (获取阿里云第三方上传服务临时访问凭证).

     Issues fresh temporary (STS) credentials for the OSS bucket and destination folder where a
    third party uploads files, with the bucket's endpoint. The operation has no fields of its own:
    only the four signing fields are sent. Each call issues new credentials and changes nothing
    else, so it is safe to repeat.

    Its real effect is outside the platform (Alibaba Cloud STS issues the credentials); the sandbox
    only records the call (`x-external-effect`).

    Args:
        body (StsTokenForm): No fields of its own: only the signing fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | StsTokenResponse]
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
    body: StsTokenForm,
) -> Any | StsTokenResponse | None:
    """Temporary Alibaba Cloud OSS credentials for uploading (获取阿里云第三方上传服务临时访问凭证).

     Issues fresh temporary (STS) credentials for the OSS bucket and destination folder where a
    third party uploads files, with the bucket's endpoint. The operation has no fields of its own:
    only the four signing fields are sent. Each call issues new credentials and changes nothing
    else, so it is safe to repeat.

    Its real effect is outside the platform (Alibaba Cloud STS issues the credentials); the sandbox
    only records the call (`x-external-effect`).

    Args:
        body (StsTokenForm): No fields of its own: only the signing fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | StsTokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StsTokenForm,
) -> Response[Any | StsTokenResponse]:
    """Temporary Alibaba Cloud OSS credentials for uploading (获取阿里云第三方上传服务临时访问凭证).

     Issues fresh temporary (STS) credentials for the OSS bucket and destination folder where a
    third party uploads files, with the bucket's endpoint. The operation has no fields of its own:
    only the four signing fields are sent. Each call issues new credentials and changes nothing
    else, so it is safe to repeat.

    Its real effect is outside the platform (Alibaba Cloud STS issues the credentials); the sandbox
    only records the call (`x-external-effect`).

    Args:
        body (StsTokenForm): No fields of its own: only the signing fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | StsTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StsTokenForm,
) -> Any | StsTokenResponse | None:
    """Temporary Alibaba Cloud OSS credentials for uploading (获取阿里云第三方上传服务临时访问凭证).

     Issues fresh temporary (STS) credentials for the OSS bucket and destination folder where a
    third party uploads files, with the bucket's endpoint. The operation has no fields of its own:
    only the four signing fields are sent. Each call issues new credentials and changes nothing
    else, so it is safe to repeat.

    Its real effect is outside the platform (Alibaba Cloud STS issues the credentials); the sandbox
    only records the call (`x-external-effect`).

    Args:
        body (StsTokenForm): No fields of its own: only the signing fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | StsTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
