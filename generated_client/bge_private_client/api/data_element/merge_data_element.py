from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.merge_data_element_form import MergeDataElementForm
from ...models.merge_data_element_response import MergeDataElementResponse
from ...types import Response


def _get_kwargs(
    *,
    body: MergeDataElementForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/data_element/merge",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | MergeDataElementResponse | None:
    if response.status_code == 200:
        response_200 = MergeDataElementResponse.from_dict(response.json())

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
) -> Response[Any | MergeDataElementResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MergeDataElementForm,
) -> Response[Any | MergeDataElementResponse]:
    """Merge data elements into another one (将一个或多个数据元合并到另一个数据元中).

     Merges the elements `data_element_ids` into `merge_data_element_id`. The answer's `data` is not
    used (the method returns `None`). What a repeated merge does is not documented.
    Documented example output is inconsistent with its call: the call passes a source domain and a
    source id (`test_domain_s`, `rs678347`) where data element ids are expected, and the docs show no
    output.

    Args:
        body (MergeDataElementForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MergeDataElementResponse]
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
    body: MergeDataElementForm,
) -> Any | MergeDataElementResponse | None:
    """Merge data elements into another one (将一个或多个数据元合并到另一个数据元中).

     Merges the elements `data_element_ids` into `merge_data_element_id`. The answer's `data` is not
    used (the method returns `None`). What a repeated merge does is not documented.
    Documented example output is inconsistent with its call: the call passes a source domain and a
    source id (`test_domain_s`, `rs678347`) where data element ids are expected, and the docs show no
    output.

    Args:
        body (MergeDataElementForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MergeDataElementResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MergeDataElementForm,
) -> Response[Any | MergeDataElementResponse]:
    """Merge data elements into another one (将一个或多个数据元合并到另一个数据元中).

     Merges the elements `data_element_ids` into `merge_data_element_id`. The answer's `data` is not
    used (the method returns `None`). What a repeated merge does is not documented.
    Documented example output is inconsistent with its call: the call passes a source domain and a
    source id (`test_domain_s`, `rs678347`) where data element ids are expected, and the docs show no
    output.

    Args:
        body (MergeDataElementForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MergeDataElementResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MergeDataElementForm,
) -> Any | MergeDataElementResponse | None:
    """Merge data elements into another one (将一个或多个数据元合并到另一个数据元中).

     Merges the elements `data_element_ids` into `merge_data_element_id`. The answer's `data` is not
    used (the method returns `None`). What a repeated merge does is not documented.
    Documented example output is inconsistent with its call: the call passes a source domain and a
    source id (`test_domain_s`, `rs678347`) where data element ids are expected, and the docs show no
    output.

    Args:
        body (MergeDataElementForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MergeDataElementResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
