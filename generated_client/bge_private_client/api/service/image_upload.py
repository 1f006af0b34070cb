from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.image_upload_form import ImageUploadForm
from ...models.image_upload_response import ImageUploadResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ImageUploadForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/image/upload",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ImageUploadResponse | None:
    if response.status_code == 200:
        response_200 = ImageUploadResponse.from_dict(response.json())

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
) -> Response[Any | ImageUploadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImageUploadForm,
) -> Response[Any | ImageUploadResponse]:
    """Upload an image and get its public URL (图片上传).

     A `multipart/form-data` upload: the part `image` is the image file's content, sent with the
    file's name; `allow_exif` is a plain part (the reference always sends it, `False` by default).
    Only `allow_exif` is signed: file parts never are. The answer gives the stored image's public
    URL, MD5 and size. A repeat stores the image again, which is harmless.

    Reference bug fixed here: the reference passes `image_path` straight to its HTTP library, so a
    path string is uploaded as the file content (the path's text, under the file name `image`);
    only an open file or bytes worked. This SDK sends the file's content, with its file name.

    Its real effect is outside the platform (the image is stored on BGE's public image host); the
    sandbox only records the call (`x-external-effect`).

    Args:
        body (ImageUploadForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ImageUploadResponse]
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
    body: ImageUploadForm,
) -> Any | ImageUploadResponse | None:
    """Upload an image and get its public URL (图片上传).

     A `multipart/form-data` upload: the part `image` is the image file's content, sent with the
    file's name; `allow_exif` is a plain part (the reference always sends it, `False` by default).
    Only `allow_exif` is signed: file parts never are. The answer gives the stored image's public
    URL, MD5 and size. A repeat stores the image again, which is harmless.

    Reference bug fixed here: the reference passes `image_path` straight to its HTTP library, so a
    path string is uploaded as the file content (the path's text, under the file name `image`);
    only an open file or bytes worked. This SDK sends the file's content, with its file name.

    Its real effect is outside the platform (the image is stored on BGE's public image host); the
    sandbox only records the call (`x-external-effect`).

    Args:
        body (ImageUploadForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ImageUploadResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImageUploadForm,
) -> Response[Any | ImageUploadResponse]:
    """Upload an image and get its public URL (图片上传).

     A `multipart/form-data` upload: the part `image` is the image file's content, sent with the
    file's name; `allow_exif` is a plain part (the reference always sends it, `False` by default).
    Only `allow_exif` is signed: file parts never are. The answer gives the stored image's public
    URL, MD5 and size. A repeat stores the image again, which is harmless.

    Reference bug fixed here: the reference passes `image_path` straight to its HTTP library, so a
    path string is uploaded as the file content (the path's text, under the file name `image`);
    only an open file or bytes worked. This SDK sends the file's content, with its file name.

    Its real effect is outside the platform (the image is stored on BGE's public image host); the
    sandbox only records the call (`x-external-effect`).

    Args:
        body (ImageUploadForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ImageUploadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ImageUploadForm,
) -> Any | ImageUploadResponse | None:
    """Upload an image and get its public URL (图片上传).

     A `multipart/form-data` upload: the part `image` is the image file's content, sent with the
    file's name; `allow_exif` is a plain part (the reference always sends it, `False` by default).
    Only `allow_exif` is signed: file parts never are. The answer gives the stored image's public
    URL, MD5 and size. A repeat stores the image again, which is harmless.

    Reference bug fixed here: the reference passes `image_path` straight to its HTTP library, so a
    path string is uploaded as the file content (the path's text, under the file name `image`);
    only an open file or bytes worked. This SDK sends the file's content, with its file name.

    Its real effect is outside the platform (the image is stored on BGE's public image host); the
    sandbox only records the call (`x-external-effect`).

    Args:
        body (ImageUploadForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ImageUploadResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
