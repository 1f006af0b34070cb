from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.model_doc_upload_form import ModelDocUploadForm
from ...models.model_doc_upload_response import ModelDocUploadResponse
from ...models.model_expfs_upload_form import ModelExpfsUploadForm
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ModelDocUploadForm | ModelExpfsUploadForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/model/doc_upload",
    }

    if isinstance(body, ModelDocUploadForm):
        _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if isinstance(body, ModelExpfsUploadForm):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ModelDocUploadResponse | None:
    if response.status_code == 200:
        response_200 = ModelDocUploadResponse.from_dict(response.json())

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
) -> Response[Any | ModelDocUploadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelDocUploadForm | ModelExpfsUploadForm | Unset = UNSET,
) -> Response[Any | ModelDocUploadResponse]:
    """Set a documentation tab of a model, or upload its expfs file (上传模型文档).

     Two reference methods post to this path:

    - `model_doc_upload(doc_tab, model_id, doc_content)` sends a plain form
      (`application/x-www-form-urlencoded`) that sets the content of one documentation tab of
      the model; repeating it sets the same content.
    - `upload_model_expfs(model_id, expfs)` uploads a file as the `multipart/form-data` part
      `expfs` (its content, with its file name) beside the plain part `model_id`; what the file
      holds is not documented. Only `model_id` is signed: file parts never are. That the
      reference sends it to this same path looks like a copy-paste slip, but no other path is
      known. Repeating it presumably replaces the stored file.

    The multipart schema also lists `doc_tab` and `doc_content`, which this path takes in the plain
    form; the reference's `upload_model_expfs` does not send them. Neither answer is documented.

    Reference bug fixed here: `upload_model_expfs` keeps the header `Content-Type:
    application/x-www-form-urlencoded` on its multipart body (no boundary), which a standard server
    cannot parse; this SDK labels the body `multipart/form-data` with its boundary. (It also never
    closes the file it opens.)

    Args:
        body (ModelDocUploadForm):
        body (ModelExpfsUploadForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ModelDocUploadResponse]
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
    body: ModelDocUploadForm | ModelExpfsUploadForm | Unset = UNSET,
) -> Any | ModelDocUploadResponse | None:
    """Set a documentation tab of a model, or upload its expfs file (上传模型文档).

     Two reference methods post to this path:

    - `model_doc_upload(doc_tab, model_id, doc_content)` sends a plain form
      (`application/x-www-form-urlencoded`) that sets the content of one documentation tab of
      the model; repeating it sets the same content.
    - `upload_model_expfs(model_id, expfs)` uploads a file as the `multipart/form-data` part
      `expfs` (its content, with its file name) beside the plain part `model_id`; what the file
      holds is not documented. Only `model_id` is signed: file parts never are. That the
      reference sends it to this same path looks like a copy-paste slip, but no other path is
      known. Repeating it presumably replaces the stored file.

    The multipart schema also lists `doc_tab` and `doc_content`, which this path takes in the plain
    form; the reference's `upload_model_expfs` does not send them. Neither answer is documented.

    Reference bug fixed here: `upload_model_expfs` keeps the header `Content-Type:
    application/x-www-form-urlencoded` on its multipart body (no boundary), which a standard server
    cannot parse; this SDK labels the body `multipart/form-data` with its boundary. (It also never
    closes the file it opens.)

    Args:
        body (ModelDocUploadForm):
        body (ModelExpfsUploadForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ModelDocUploadResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelDocUploadForm | ModelExpfsUploadForm | Unset = UNSET,
) -> Response[Any | ModelDocUploadResponse]:
    """Set a documentation tab of a model, or upload its expfs file (上传模型文档).

     Two reference methods post to this path:

    - `model_doc_upload(doc_tab, model_id, doc_content)` sends a plain form
      (`application/x-www-form-urlencoded`) that sets the content of one documentation tab of
      the model; repeating it sets the same content.
    - `upload_model_expfs(model_id, expfs)` uploads a file as the `multipart/form-data` part
      `expfs` (its content, with its file name) beside the plain part `model_id`; what the file
      holds is not documented. Only `model_id` is signed: file parts never are. That the
      reference sends it to this same path looks like a copy-paste slip, but no other path is
      known. Repeating it presumably replaces the stored file.

    The multipart schema also lists `doc_tab` and `doc_content`, which this path takes in the plain
    form; the reference's `upload_model_expfs` does not send them. Neither answer is documented.

    Reference bug fixed here: `upload_model_expfs` keeps the header `Content-Type:
    application/x-www-form-urlencoded` on its multipart body (no boundary), which a standard server
    cannot parse; this SDK labels the body `multipart/form-data` with its boundary. (It also never
    closes the file it opens.)

    Args:
        body (ModelDocUploadForm):
        body (ModelExpfsUploadForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ModelDocUploadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ModelDocUploadForm | ModelExpfsUploadForm | Unset = UNSET,
) -> Any | ModelDocUploadResponse | None:
    """Set a documentation tab of a model, or upload its expfs file (上传模型文档).

     Two reference methods post to this path:

    - `model_doc_upload(doc_tab, model_id, doc_content)` sends a plain form
      (`application/x-www-form-urlencoded`) that sets the content of one documentation tab of
      the model; repeating it sets the same content.
    - `upload_model_expfs(model_id, expfs)` uploads a file as the `multipart/form-data` part
      `expfs` (its content, with its file name) beside the plain part `model_id`; what the file
      holds is not documented. Only `model_id` is signed: file parts never are. That the
      reference sends it to this same path looks like a copy-paste slip, but no other path is
      known. Repeating it presumably replaces the stored file.

    The multipart schema also lists `doc_tab` and `doc_content`, which this path takes in the plain
    form; the reference's `upload_model_expfs` does not send them. Neither answer is documented.

    Reference bug fixed here: `upload_model_expfs` keeps the header `Content-Type:
    application/x-www-form-urlencoded` on its multipart body (no boundary), which a standard server
    cannot parse; this SDK labels the body `multipart/form-data` with its boundary. (It also never
    closes the file it opens.)

    Args:
        body (ModelDocUploadForm):
        body (ModelExpfsUploadForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ModelDocUploadResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
