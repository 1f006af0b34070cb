from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.options_replace_form import OptionsReplaceForm
from ...models.options_replace_response import OptionsReplaceResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OptionsReplaceForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/survey/options/replace",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | OptionsReplaceResponse | None:
    if response.status_code == 200:
        response_200 = OptionsReplaceResponse.from_dict(response.json())

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
) -> Response[Any | OptionsReplaceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OptionsReplaceForm,
) -> Response[Any | OptionsReplaceResponse]:
    """Create or update an option of a question (更新或创建一个新的选项).

     With `option_id`, updates that option; otherwise creates a new one. An update repeats
    harmlessly; a creation does not: when the answer to an attempt is lost, the SDK looks among the
    question's options for one with the same `concept_code` and `value` before trying again (an
    option that already had them counts as the result).

    Documented example output is inconsistent with its call: it shows question 107, `concept_code`
    `c3` and value `Ricky.Pagac39`; the call gives question 51, `xxxxxxx` and `test`.

    Args:
        body (OptionsReplaceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OptionsReplaceResponse]
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
    body: OptionsReplaceForm,
) -> Any | OptionsReplaceResponse | None:
    """Create or update an option of a question (更新或创建一个新的选项).

     With `option_id`, updates that option; otherwise creates a new one. An update repeats
    harmlessly; a creation does not: when the answer to an attempt is lost, the SDK looks among the
    question's options for one with the same `concept_code` and `value` before trying again (an
    option that already had them counts as the result).

    Documented example output is inconsistent with its call: it shows question 107, `concept_code`
    `c3` and value `Ricky.Pagac39`; the call gives question 51, `xxxxxxx` and `test`.

    Args:
        body (OptionsReplaceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OptionsReplaceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OptionsReplaceForm,
) -> Response[Any | OptionsReplaceResponse]:
    """Create or update an option of a question (更新或创建一个新的选项).

     With `option_id`, updates that option; otherwise creates a new one. An update repeats
    harmlessly; a creation does not: when the answer to an attempt is lost, the SDK looks among the
    question's options for one with the same `concept_code` and `value` before trying again (an
    option that already had them counts as the result).

    Documented example output is inconsistent with its call: it shows question 107, `concept_code`
    `c3` and value `Ricky.Pagac39`; the call gives question 51, `xxxxxxx` and `test`.

    Args:
        body (OptionsReplaceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OptionsReplaceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OptionsReplaceForm,
) -> Any | OptionsReplaceResponse | None:
    """Create or update an option of a question (更新或创建一个新的选项).

     With `option_id`, updates that option; otherwise creates a new one. An update repeats
    harmlessly; a creation does not: when the answer to an attempt is lost, the SDK looks among the
    question's options for one with the same `concept_code` and `value` before trying again (an
    option that already had them counts as the result).

    Documented example output is inconsistent with its call: it shows question 107, `concept_code`
    `c3` and value `Ricky.Pagac39`; the call gives question 51, `xxxxxxx` and `test`.

    Args:
        body (OptionsReplaceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OptionsReplaceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
