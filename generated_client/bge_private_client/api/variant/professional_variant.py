from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.professional_variant_form import ProfessionalVariantForm
from ...models.professional_variant_response import ProfessionalVariantResponse
from ...models.professional_variant_upload_form import ProfessionalVariantUploadForm
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ProfessionalVariantForm | ProfessionalVariantUploadForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/professional/variant",
    }

    if isinstance(body, ProfessionalVariantForm):
        _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if isinstance(body, ProfessionalVariantUploadForm):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ProfessionalVariantResponse | None:
    if response.status_code == 200:
        response_200 = ProfessionalVariantResponse.from_dict(response.json())

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
) -> Response[Any | ProfessionalVariantResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProfessionalVariantForm | ProfessionalVariantUploadForm | Unset = UNSET,
) -> Response[Any | ProfessionalVariantResponse]:
    """Start extracting a sample's variants in regions, professional grade (查询专业级变异数据).

     Give exactly one of `regions` and `bed_file`. With `regions` (JSON text of an array of at most
    5000 `{chr, begin, end}` objects; the docs name the key `chrom` but their example sends `chr`)
    the body is `application/x-www-form-urlencoded`. With `bed_file` (a zip-compressed BED file of
    at most 1,000,000 lines) the body is `multipart/form-data`: `bed_file` is a file part named
    after the file, the other fields are plain parts, and only those other fields are signed.
    `only_variant_site` goes out as `True` or `False` (default `True`).

    The extraction runs in the background: the answer is a task id (see `task_result` / `task`).
    Every call starts a new task, so a repeat after a lost answer starts a duplicate.
    The reference swaps the error messages of its exactly-one check and never closes the file it
    uploads; neither is copied.

    Args:
        body (ProfessionalVariantForm): The regions given inline; for a BED file see
            `ProfessionalVariantUploadForm`.
        body (ProfessionalVariantUploadForm): The regions as an uploaded BED file (multipart); for
            inline regions see `ProfessionalVariantForm`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProfessionalVariantResponse]
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
    body: ProfessionalVariantForm | ProfessionalVariantUploadForm | Unset = UNSET,
) -> Any | ProfessionalVariantResponse | None:
    """Start extracting a sample's variants in regions, professional grade (查询专业级变异数据).

     Give exactly one of `regions` and `bed_file`. With `regions` (JSON text of an array of at most
    5000 `{chr, begin, end}` objects; the docs name the key `chrom` but their example sends `chr`)
    the body is `application/x-www-form-urlencoded`. With `bed_file` (a zip-compressed BED file of
    at most 1,000,000 lines) the body is `multipart/form-data`: `bed_file` is a file part named
    after the file, the other fields are plain parts, and only those other fields are signed.
    `only_variant_site` goes out as `True` or `False` (default `True`).

    The extraction runs in the background: the answer is a task id (see `task_result` / `task`).
    Every call starts a new task, so a repeat after a lost answer starts a duplicate.
    The reference swaps the error messages of its exactly-one check and never closes the file it
    uploads; neither is copied.

    Args:
        body (ProfessionalVariantForm): The regions given inline; for a BED file see
            `ProfessionalVariantUploadForm`.
        body (ProfessionalVariantUploadForm): The regions as an uploaded BED file (multipart); for
            inline regions see `ProfessionalVariantForm`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProfessionalVariantResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProfessionalVariantForm | ProfessionalVariantUploadForm | Unset = UNSET,
) -> Response[Any | ProfessionalVariantResponse]:
    """Start extracting a sample's variants in regions, professional grade (查询专业级变异数据).

     Give exactly one of `regions` and `bed_file`. With `regions` (JSON text of an array of at most
    5000 `{chr, begin, end}` objects; the docs name the key `chrom` but their example sends `chr`)
    the body is `application/x-www-form-urlencoded`. With `bed_file` (a zip-compressed BED file of
    at most 1,000,000 lines) the body is `multipart/form-data`: `bed_file` is a file part named
    after the file, the other fields are plain parts, and only those other fields are signed.
    `only_variant_site` goes out as `True` or `False` (default `True`).

    The extraction runs in the background: the answer is a task id (see `task_result` / `task`).
    Every call starts a new task, so a repeat after a lost answer starts a duplicate.
    The reference swaps the error messages of its exactly-one check and never closes the file it
    uploads; neither is copied.

    Args:
        body (ProfessionalVariantForm): The regions given inline; for a BED file see
            `ProfessionalVariantUploadForm`.
        body (ProfessionalVariantUploadForm): The regions as an uploaded BED file (multipart); for
            inline regions see `ProfessionalVariantForm`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProfessionalVariantResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProfessionalVariantForm | ProfessionalVariantUploadForm | Unset = UNSET,
) -> Any | ProfessionalVariantResponse | None:
    """Start extracting a sample's variants in regions, professional grade (查询专业级变异数据).

     Give exactly one of `regions` and `bed_file`. With `regions` (JSON text of an array of at most
    5000 `{chr, begin, end}` objects; the docs name the key `chrom` but their example sends `chr`)
    the body is `application/x-www-form-urlencoded`. With `bed_file` (a zip-compressed BED file of
    at most 1,000,000 lines) the body is `multipart/form-data`: `bed_file` is a file part named
    after the file, the other fields are plain parts, and only those other fields are signed.
    `only_variant_site` goes out as `True` or `False` (default `True`).

    The extraction runs in the background: the answer is a task id (see `task_result` / `task`).
    Every call starts a new task, so a repeat after a lost answer starts a duplicate.
    The reference swaps the error messages of its exactly-one check and never closes the file it
    uploads; neither is copied.

    Args:
        body (ProfessionalVariantForm): The regions given inline; for a BED file see
            `ProfessionalVariantUploadForm`.
        body (ProfessionalVariantUploadForm): The regions as an uploaded BED file (multipart); for
            inline regions see `ProfessionalVariantForm`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProfessionalVariantResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
