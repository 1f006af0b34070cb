from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.ferry_download_to_oss_form import FerryDownloadToOssForm
from ...models.ferry_download_to_oss_response import FerryDownloadToOssResponse
from ...types import Response


def _get_kwargs(
    *,
    body: FerryDownloadToOssForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/ferry/download_to_oss",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FerryDownloadToOssResponse | None:
    if response.status_code == 200:
        response_200 = FerryDownloadToOssResponse.from_dict(response.json())

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
) -> Response[Any | FerryDownloadToOssResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FerryDownloadToOssForm,
) -> Response[Any | FerryDownloadToOssResponse]:
    """Copy a ferry project's files to OSS (not documented).

     Not documented, and the reference has no docstring. The name and fields suggest that it has the
    platform log in to the ferry (data delivery) service with `account` and `password` and copy the
    files of project `project_no` (`biosample_cnt` samples, optionally only `sample_names` and
    files ending in `included_filename_exts`) to OSS; `action` is not documented.

    **The ferry account's password is an ordinary form field**: the reference sends it in clear in
    the request body (covered by the signature like any field), so anything that sees the body sees
    the password. It is declared `writeOnly` with `format: password`; the SDK never shows it in a
    log line, a `repr` or an error message. What a repeat does is not documented (it may start the
    copy again), so it is not repeated after an unknown outcome.

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring.

    Its real effect is outside the platform (the ferry service is logged in to and files are copied
    to OSS); the sandbox only records the call (`x-external-effect`).

    Args:
        body (FerryDownloadToOssForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FerryDownloadToOssResponse]
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
    body: FerryDownloadToOssForm,
) -> Any | FerryDownloadToOssResponse | None:
    """Copy a ferry project's files to OSS (not documented).

     Not documented, and the reference has no docstring. The name and fields suggest that it has the
    platform log in to the ferry (data delivery) service with `account` and `password` and copy the
    files of project `project_no` (`biosample_cnt` samples, optionally only `sample_names` and
    files ending in `included_filename_exts`) to OSS; `action` is not documented.

    **The ferry account's password is an ordinary form field**: the reference sends it in clear in
    the request body (covered by the signature like any field), so anything that sees the body sees
    the password. It is declared `writeOnly` with `format: password`; the SDK never shows it in a
    log line, a `repr` or an error message. What a repeat does is not documented (it may start the
    copy again), so it is not repeated after an unknown outcome.

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring.

    Its real effect is outside the platform (the ferry service is logged in to and files are copied
    to OSS); the sandbox only records the call (`x-external-effect`).

    Args:
        body (FerryDownloadToOssForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FerryDownloadToOssResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FerryDownloadToOssForm,
) -> Response[Any | FerryDownloadToOssResponse]:
    """Copy a ferry project's files to OSS (not documented).

     Not documented, and the reference has no docstring. The name and fields suggest that it has the
    platform log in to the ferry (data delivery) service with `account` and `password` and copy the
    files of project `project_no` (`biosample_cnt` samples, optionally only `sample_names` and
    files ending in `included_filename_exts`) to OSS; `action` is not documented.

    **The ferry account's password is an ordinary form field**: the reference sends it in clear in
    the request body (covered by the signature like any field), so anything that sees the body sees
    the password. It is declared `writeOnly` with `format: password`; the SDK never shows it in a
    log line, a `repr` or an error message. What a repeat does is not documented (it may start the
    copy again), so it is not repeated after an unknown outcome.

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring.

    Its real effect is outside the platform (the ferry service is logged in to and files are copied
    to OSS); the sandbox only records the call (`x-external-effect`).

    Args:
        body (FerryDownloadToOssForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FerryDownloadToOssResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FerryDownloadToOssForm,
) -> Any | FerryDownloadToOssResponse | None:
    """Copy a ferry project's files to OSS (not documented).

     Not documented, and the reference has no docstring. The name and fields suggest that it has the
    platform log in to the ferry (data delivery) service with `account` and `password` and copy the
    files of project `project_no` (`biosample_cnt` samples, optionally only `sample_names` and
    files ending in `included_filename_exts`) to OSS; `action` is not documented.

    **The ferry account's password is an ordinary form field**: the reference sends it in clear in
    the request body (covered by the signature like any field), so anything that sees the body sees
    the password. It is declared `writeOnly` with `format: password`; the SDK never shows it in a
    log line, a `repr` or an error message. What a repeat does is not documented (it may start the
    copy again), so it is not repeated after an unknown outcome.

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring.

    Its real effect is outside the platform (the ferry service is logged in to and files are copied
    to OSS); the sandbox only records the call (`x-external-effect`).

    Args:
        body (FerryDownloadToOssForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FerryDownloadToOssResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
