from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.edit_collection_form import EditCollectionForm
from ...models.edit_collection_response import EditCollectionResponse
from ...models.edit_collection_upload_form import EditCollectionUploadForm
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: EditCollectionForm | EditCollectionUploadForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/data_element_collection/edit",
    }

    if isinstance(body, EditCollectionForm):
        _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if isinstance(body, EditCollectionUploadForm):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EditCollectionResponse | None:
    if response.status_code == 200:
        response_200 = EditCollectionResponse.from_dict(response.json())

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
) -> Response[Any | EditCollectionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EditCollectionForm | EditCollectionUploadForm | Unset = UNSET,
) -> Response[Any | EditCollectionResponse]:
    """Change a collection's attributes or replace its data elements (编辑数据集).

     Overwrites the attributes given and, with `data_element_ids`, the collection's data elements;
    repeating the call leaves the same state. An unknown collection is an error (`40401`).

    With `data_element_ids` the body is `multipart/form-data`: `data_element_ids` is a file part
    holding a text file of data element ids separated by spaces or newlines, named after the file;
    the other fields are plain parts, and only they are signed. Without it the body is
    `application/x-www-form-urlencoded`.
    The reference uploads the argument itself as the file's content (so a path string uploads the
    path text); that bug is not part of this contract: the part carries the content of the file the
    caller names.

    Args:
        body (EditCollectionForm): The attributes to change; to replace the data elements see
            `EditCollectionUploadForm`.
        body (EditCollectionUploadForm): The attributes to change and a file of data element ids
            replacing the collection's (multipart).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EditCollectionResponse]
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
    body: EditCollectionForm | EditCollectionUploadForm | Unset = UNSET,
) -> Any | EditCollectionResponse | None:
    """Change a collection's attributes or replace its data elements (编辑数据集).

     Overwrites the attributes given and, with `data_element_ids`, the collection's data elements;
    repeating the call leaves the same state. An unknown collection is an error (`40401`).

    With `data_element_ids` the body is `multipart/form-data`: `data_element_ids` is a file part
    holding a text file of data element ids separated by spaces or newlines, named after the file;
    the other fields are plain parts, and only they are signed. Without it the body is
    `application/x-www-form-urlencoded`.
    The reference uploads the argument itself as the file's content (so a path string uploads the
    path text); that bug is not part of this contract: the part carries the content of the file the
    caller names.

    Args:
        body (EditCollectionForm): The attributes to change; to replace the data elements see
            `EditCollectionUploadForm`.
        body (EditCollectionUploadForm): The attributes to change and a file of data element ids
            replacing the collection's (multipart).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EditCollectionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EditCollectionForm | EditCollectionUploadForm | Unset = UNSET,
) -> Response[Any | EditCollectionResponse]:
    """Change a collection's attributes or replace its data elements (编辑数据集).

     Overwrites the attributes given and, with `data_element_ids`, the collection's data elements;
    repeating the call leaves the same state. An unknown collection is an error (`40401`).

    With `data_element_ids` the body is `multipart/form-data`: `data_element_ids` is a file part
    holding a text file of data element ids separated by spaces or newlines, named after the file;
    the other fields are plain parts, and only they are signed. Without it the body is
    `application/x-www-form-urlencoded`.
    The reference uploads the argument itself as the file's content (so a path string uploads the
    path text); that bug is not part of this contract: the part carries the content of the file the
    caller names.

    Args:
        body (EditCollectionForm): The attributes to change; to replace the data elements see
            `EditCollectionUploadForm`.
        body (EditCollectionUploadForm): The attributes to change and a file of data element ids
            replacing the collection's (multipart).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EditCollectionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EditCollectionForm | EditCollectionUploadForm | Unset = UNSET,
) -> Any | EditCollectionResponse | None:
    """Change a collection's attributes or replace its data elements (编辑数据集).

     Overwrites the attributes given and, with `data_element_ids`, the collection's data elements;
    repeating the call leaves the same state. An unknown collection is an error (`40401`).

    With `data_element_ids` the body is `multipart/form-data`: `data_element_ids` is a file part
    holding a text file of data element ids separated by spaces or newlines, named after the file;
    the other fields are plain parts, and only they are signed. Without it the body is
    `application/x-www-form-urlencoded`.
    The reference uploads the argument itself as the file's content (so a path string uploads the
    path text); that bug is not part of this contract: the part carries the content of the file the
    caller names.

    Args:
        body (EditCollectionForm): The attributes to change; to replace the data elements see
            `EditCollectionUploadForm`.
        body (EditCollectionUploadForm): The attributes to change and a file of data element ids
            replacing the collection's (multipart).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EditCollectionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
