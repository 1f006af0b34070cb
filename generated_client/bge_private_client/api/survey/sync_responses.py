from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.sync_responses_form import SyncResponsesForm
from ...models.sync_responses_response import SyncResponsesResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SyncResponsesForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/survey/responses/sync",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SyncResponsesResponse | None:
    if response.status_code == 200:
        response_200 = SyncResponsesResponse.from_dict(response.json())

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
) -> Response[Any | SyncResponsesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SyncResponsesForm,
) -> Response[Any | SyncResponsesResponse]:
    """Copy a response from LimeSurvey (将 limesurvey 中的答卷数据同步到问卷系统的答卷中).

     Copies the LimeSurvey response into the platform, optionally binding it to a user and a sample.
    Repeating it with the same `limesurvey_id` and `limeresponse_id` updates the response the first
    call created instead of creating another (重复调用本接口不会重复生成数据，而是更新之前同步的那条数据). The documentation
    names the second field `limeresponses_id`, its name before September 2021.

    Documented example output is inconsistent with its call: its `limeresponse_id` is 1; the call
    syncs response 51.

    Args:
        body (SyncResponsesForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SyncResponsesResponse]
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
    body: SyncResponsesForm,
) -> Any | SyncResponsesResponse | None:
    """Copy a response from LimeSurvey (将 limesurvey 中的答卷数据同步到问卷系统的答卷中).

     Copies the LimeSurvey response into the platform, optionally binding it to a user and a sample.
    Repeating it with the same `limesurvey_id` and `limeresponse_id` updates the response the first
    call created instead of creating another (重复调用本接口不会重复生成数据，而是更新之前同步的那条数据). The documentation
    names the second field `limeresponses_id`, its name before September 2021.

    Documented example output is inconsistent with its call: its `limeresponse_id` is 1; the call
    syncs response 51.

    Args:
        body (SyncResponsesForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SyncResponsesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SyncResponsesForm,
) -> Response[Any | SyncResponsesResponse]:
    """Copy a response from LimeSurvey (将 limesurvey 中的答卷数据同步到问卷系统的答卷中).

     Copies the LimeSurvey response into the platform, optionally binding it to a user and a sample.
    Repeating it with the same `limesurvey_id` and `limeresponse_id` updates the response the first
    call created instead of creating another (重复调用本接口不会重复生成数据，而是更新之前同步的那条数据). The documentation
    names the second field `limeresponses_id`, its name before September 2021.

    Documented example output is inconsistent with its call: its `limeresponse_id` is 1; the call
    syncs response 51.

    Args:
        body (SyncResponsesForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SyncResponsesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SyncResponsesForm,
) -> Any | SyncResponsesResponse | None:
    """Copy a response from LimeSurvey (将 limesurvey 中的答卷数据同步到问卷系统的答卷中).

     Copies the LimeSurvey response into the platform, optionally binding it to a user and a sample.
    Repeating it with the same `limesurvey_id` and `limeresponse_id` updates the response the first
    call created instead of creating another (重复调用本接口不会重复生成数据，而是更新之前同步的那条数据). The documentation
    names the second field `limeresponses_id`, its name before September 2021.

    Documented example output is inconsistent with its call: its `limeresponse_id` is 1; the call
    syncs response 51.

    Args:
        body (SyncResponsesForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SyncResponsesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
