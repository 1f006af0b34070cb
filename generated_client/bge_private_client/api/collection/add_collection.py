from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.add_collection_form import AddCollectionForm
from ...models.add_collection_response import AddCollectionResponse
from ...models.add_collection_upload_form import AddCollectionUploadForm
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AddCollectionForm | AddCollectionUploadForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/data_element_collection/add",
    }

    if isinstance(body, AddCollectionForm):
        _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if isinstance(body, AddCollectionUploadForm):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddCollectionResponse | Any | None:
    if response.status_code == 200:
        response_200 = AddCollectionResponse.from_dict(response.json())

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
) -> Response[AddCollectionResponse | Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddCollectionForm | AddCollectionUploadForm | Unset = UNSET,
) -> Response[AddCollectionResponse | Any]:
    """Create a collection of data elements (增加一个数据集).

     Creates a collection, optionally with its data elements, and indexes it for search; the answer
    is the new collection's id. Every call creates a collection. `data_element_search` with
    `types=collection` may find one that a lost attempt created, but names are not unique and the
    shape of a collection hit is not documented, so no lookup is declared: a failure after sending
    is reported as an unknown outcome.

    With `data_element_ids` the body is `multipart/form-data`: `data_element_ids` is a file part
    holding a text file of data element ids separated by spaces or newlines, named after the file;
    the other fields are plain parts, and only they are signed. Without it the body is
    `application/x-www-form-urlencoded`.
    The reference ignores the path it is given and always uploads `./data_element_ids` from the
    working directory; that bug is not part of this contract: the part carries the file the caller
    names.

    Args:
        body (AddCollectionForm): Without data elements; to add them see
            `AddCollectionUploadForm`.
        body (AddCollectionUploadForm): With a file of data element ids (multipart).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddCollectionResponse | Any]
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
    body: AddCollectionForm | AddCollectionUploadForm | Unset = UNSET,
) -> AddCollectionResponse | Any | None:
    """Create a collection of data elements (增加一个数据集).

     Creates a collection, optionally with its data elements, and indexes it for search; the answer
    is the new collection's id. Every call creates a collection. `data_element_search` with
    `types=collection` may find one that a lost attempt created, but names are not unique and the
    shape of a collection hit is not documented, so no lookup is declared: a failure after sending
    is reported as an unknown outcome.

    With `data_element_ids` the body is `multipart/form-data`: `data_element_ids` is a file part
    holding a text file of data element ids separated by spaces or newlines, named after the file;
    the other fields are plain parts, and only they are signed. Without it the body is
    `application/x-www-form-urlencoded`.
    The reference ignores the path it is given and always uploads `./data_element_ids` from the
    working directory; that bug is not part of this contract: the part carries the file the caller
    names.

    Args:
        body (AddCollectionForm): Without data elements; to add them see
            `AddCollectionUploadForm`.
        body (AddCollectionUploadForm): With a file of data element ids (multipart).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddCollectionResponse | Any
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddCollectionForm | AddCollectionUploadForm | Unset = UNSET,
) -> Response[AddCollectionResponse | Any]:
    """Create a collection of data elements (增加一个数据集).

     Creates a collection, optionally with its data elements, and indexes it for search; the answer
    is the new collection's id. Every call creates a collection. `data_element_search` with
    `types=collection` may find one that a lost attempt created, but names are not unique and the
    shape of a collection hit is not documented, so no lookup is declared: a failure after sending
    is reported as an unknown outcome.

    With `data_element_ids` the body is `multipart/form-data`: `data_element_ids` is a file part
    holding a text file of data element ids separated by spaces or newlines, named after the file;
    the other fields are plain parts, and only they are signed. Without it the body is
    `application/x-www-form-urlencoded`.
    The reference ignores the path it is given and always uploads `./data_element_ids` from the
    working directory; that bug is not part of this contract: the part carries the file the caller
    names.

    Args:
        body (AddCollectionForm): Without data elements; to add them see
            `AddCollectionUploadForm`.
        body (AddCollectionUploadForm): With a file of data element ids (multipart).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddCollectionResponse | Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddCollectionForm | AddCollectionUploadForm | Unset = UNSET,
) -> AddCollectionResponse | Any | None:
    """Create a collection of data elements (增加一个数据集).

     Creates a collection, optionally with its data elements, and indexes it for search; the answer
    is the new collection's id. Every call creates a collection. `data_element_search` with
    `types=collection` may find one that a lost attempt created, but names are not unique and the
    shape of a collection hit is not documented, so no lookup is declared: a failure after sending
    is reported as an unknown outcome.

    With `data_element_ids` the body is `multipart/form-data`: `data_element_ids` is a file part
    holding a text file of data element ids separated by spaces or newlines, named after the file;
    the other fields are plain parts, and only they are signed. Without it the body is
    `application/x-www-form-urlencoded`.
    The reference ignores the path it is given and always uploads `./data_element_ids` from the
    working directory; that bug is not part of this contract: the part carries the file the caller
    names.

    Args:
        body (AddCollectionForm): Without data elements; to add them see
            `AddCollectionUploadForm`.
        body (AddCollectionUploadForm): With a file of data element ids (multipart).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddCollectionResponse | Any
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
