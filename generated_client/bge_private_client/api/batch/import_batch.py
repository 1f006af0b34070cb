from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_batch_form import ImportBatchForm
from ...models.import_batch_response import ImportBatchResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ImportBatchForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/batch/import",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ImportBatchResponse | None:
    if response.status_code == 200:
        response_200 = ImportBatchResponse.from_dict(response.json())

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
) -> Response[Any | ImportBatchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportBatchForm,
) -> Response[Any | ImportBatchResponse]:
    """Import data items into a batch (导入数据元数据).

     The only operation whose body is JSON (`application/json`), not a form: one object holding the
    operation's fields and the four signing fields (`app_key`, `signature_nonce`, `timestamp`,
    `sign`) as members. `data_items` is a JSON array of at most 100 items; `biosample_id` is always
    present, `null` when the items belong to no sample.

    The signature is computed as for a form, over the text of each non-null member: the reference
    signs `str()` of each value, so `data_items` is signed as its Python repr (for example
    `[{'data_element_id': '...', 'attributes': {...}}]`), not as the JSON that is sent, and a `null`
    `biosample_id` is not signed. A compatible client reproduces that text.

    Items go into an open (not yet committed) batch; re-importing the same items most likely
    overwrites them (not documented). Importing into a committed batch is a conflict (`40901`);
    an unknown batch, data element or sample is an error (`40401`). The answer's `data` is not
    used (the method returns `None`).

    Args:
        body (ImportBatchForm): The JSON body (its members besides the signing fields).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ImportBatchResponse]
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
    body: ImportBatchForm,
) -> Any | ImportBatchResponse | None:
    """Import data items into a batch (导入数据元数据).

     The only operation whose body is JSON (`application/json`), not a form: one object holding the
    operation's fields and the four signing fields (`app_key`, `signature_nonce`, `timestamp`,
    `sign`) as members. `data_items` is a JSON array of at most 100 items; `biosample_id` is always
    present, `null` when the items belong to no sample.

    The signature is computed as for a form, over the text of each non-null member: the reference
    signs `str()` of each value, so `data_items` is signed as its Python repr (for example
    `[{'data_element_id': '...', 'attributes': {...}}]`), not as the JSON that is sent, and a `null`
    `biosample_id` is not signed. A compatible client reproduces that text.

    Items go into an open (not yet committed) batch; re-importing the same items most likely
    overwrites them (not documented). Importing into a committed batch is a conflict (`40901`);
    an unknown batch, data element or sample is an error (`40401`). The answer's `data` is not
    used (the method returns `None`).

    Args:
        body (ImportBatchForm): The JSON body (its members besides the signing fields).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ImportBatchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportBatchForm,
) -> Response[Any | ImportBatchResponse]:
    """Import data items into a batch (导入数据元数据).

     The only operation whose body is JSON (`application/json`), not a form: one object holding the
    operation's fields and the four signing fields (`app_key`, `signature_nonce`, `timestamp`,
    `sign`) as members. `data_items` is a JSON array of at most 100 items; `biosample_id` is always
    present, `null` when the items belong to no sample.

    The signature is computed as for a form, over the text of each non-null member: the reference
    signs `str()` of each value, so `data_items` is signed as its Python repr (for example
    `[{'data_element_id': '...', 'attributes': {...}}]`), not as the JSON that is sent, and a `null`
    `biosample_id` is not signed. A compatible client reproduces that text.

    Items go into an open (not yet committed) batch; re-importing the same items most likely
    overwrites them (not documented). Importing into a committed batch is a conflict (`40901`);
    an unknown batch, data element or sample is an error (`40401`). The answer's `data` is not
    used (the method returns `None`).

    Args:
        body (ImportBatchForm): The JSON body (its members besides the signing fields).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ImportBatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ImportBatchForm,
) -> Any | ImportBatchResponse | None:
    """Import data items into a batch (导入数据元数据).

     The only operation whose body is JSON (`application/json`), not a form: one object holding the
    operation's fields and the four signing fields (`app_key`, `signature_nonce`, `timestamp`,
    `sign`) as members. `data_items` is a JSON array of at most 100 items; `biosample_id` is always
    present, `null` when the items belong to no sample.

    The signature is computed as for a form, over the text of each non-null member: the reference
    signs `str()` of each value, so `data_items` is signed as its Python repr (for example
    `[{'data_element_id': '...', 'attributes': {...}}]`), not as the JSON that is sent, and a `null`
    `biosample_id` is not signed. A compatible client reproduces that text.

    Items go into an open (not yet committed) batch; re-importing the same items most likely
    overwrites them (not documented). Importing into a committed batch is a conflict (`40901`);
    an unknown batch, data element or sample is an error (`40401`). The answer's `data` is not
    used (the method returns `None`).

    Args:
        body (ImportBatchForm): The JSON body (its members besides the signing fields).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ImportBatchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
