from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.model_input_form import ModelInputForm
from ...models.model_response import ModelResponse
from ...types import Response


def _get_kwargs(
    model_id: str,
    *,
    body: ModelInputForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openbge/model/{model_id}".format(
            model_id=quote(str(model_id), safe=""),
        ),
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ModelResponse | None:
    if response.status_code == 200:
        response_200 = ModelResponse.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ModelResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ModelInputForm,
) -> Response[Any | ModelResponse]:
    """Call a model's published version (调用模型).

     Runs the model `model_id` on the input given as form fields: every keyword argument besides
    `model_id` and `draft` is sent as a field, and none is documented. `model_id` is in the path,
    not in the body. The SDK method `model(model_id, draft=False, **fields)` posts here when
    `draft` is false (the default); `draft` itself is not sent. The answer's `data` is the model's
    output: an object, except for two old models (`B7tsXHBhkFs816j`, `JETGJz5ncmMlVUK`) that answer
    an array; the SDK returns a `Model`, or a list of `Model` for an array. Running a model
    presumably changes nothing, so a repeat is harmless.

    Args:
        model_id (str): A model's id (模型 id). It is put into paths by plain formatting, so `/`,
            `?` and `#` are refused.
        body (ModelInputForm): The model's input: any fields, none documented (模型输入).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ModelResponse]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ModelInputForm,
) -> Any | ModelResponse | None:
    """Call a model's published version (调用模型).

     Runs the model `model_id` on the input given as form fields: every keyword argument besides
    `model_id` and `draft` is sent as a field, and none is documented. `model_id` is in the path,
    not in the body. The SDK method `model(model_id, draft=False, **fields)` posts here when
    `draft` is false (the default); `draft` itself is not sent. The answer's `data` is the model's
    output: an object, except for two old models (`B7tsXHBhkFs816j`, `JETGJz5ncmMlVUK`) that answer
    an array; the SDK returns a `Model`, or a list of `Model` for an array. Running a model
    presumably changes nothing, so a repeat is harmless.

    Args:
        model_id (str): A model's id (模型 id). It is put into paths by plain formatting, so `/`,
            `?` and `#` are refused.
        body (ModelInputForm): The model's input: any fields, none documented (模型输入).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ModelResponse
    """

    return sync_detailed(
        model_id=model_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ModelInputForm,
) -> Response[Any | ModelResponse]:
    """Call a model's published version (调用模型).

     Runs the model `model_id` on the input given as form fields: every keyword argument besides
    `model_id` and `draft` is sent as a field, and none is documented. `model_id` is in the path,
    not in the body. The SDK method `model(model_id, draft=False, **fields)` posts here when
    `draft` is false (the default); `draft` itself is not sent. The answer's `data` is the model's
    output: an object, except for two old models (`B7tsXHBhkFs816j`, `JETGJz5ncmMlVUK`) that answer
    an array; the SDK returns a `Model`, or a list of `Model` for an array. Running a model
    presumably changes nothing, so a repeat is harmless.

    Args:
        model_id (str): A model's id (模型 id). It is put into paths by plain formatting, so `/`,
            `?` and `#` are refused.
        body (ModelInputForm): The model's input: any fields, none documented (模型输入).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ModelResponse]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ModelInputForm,
) -> Any | ModelResponse | None:
    """Call a model's published version (调用模型).

     Runs the model `model_id` on the input given as form fields: every keyword argument besides
    `model_id` and `draft` is sent as a field, and none is documented. `model_id` is in the path,
    not in the body. The SDK method `model(model_id, draft=False, **fields)` posts here when
    `draft` is false (the default); `draft` itself is not sent. The answer's `data` is the model's
    output: an object, except for two old models (`B7tsXHBhkFs816j`, `JETGJz5ncmMlVUK`) that answer
    an array; the SDK returns a `Model`, or a list of `Model` for an array. Running a model
    presumably changes nothing, so a repeat is harmless.

    Args:
        model_id (str): A model's id (模型 id). It is put into paths by plain formatting, so `/`,
            `?` and `#` are refused.
        body (ModelInputForm): The model's input: any fields, none documented (模型输入).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ModelResponse
    """

    return (
        await asyncio_detailed(
            model_id=model_id,
            client=client,
            body=body,
        )
    ).parsed
