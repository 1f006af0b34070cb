from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.survey_target_form import SurveyTargetForm
from ...models.survey_target_response import SurveyTargetResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SurveyTargetForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/survey/target",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=("AND", "OR"))
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SurveyTargetResponse | None:
    if response.status_code == 200:
        response_200 = SurveyTargetResponse.from_dict(response.json())

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
) -> Response[Any | SurveyTargetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SurveyTargetForm,
) -> Response[Any | SurveyTargetResponse]:
    """Users whose survey answers meet conditions (根据条件筛选定向推送的用户).

     `AND` conditions must all hold and at least one `OR` condition must hold; a user is
    listed once. Both are JSON text inside the form. When a condition gives both
    `concept_code` and `content`, `concept_code` wins and `content` is ignored; one of them
    is required.

    The reference sends a missing `AND` or `OR` as the text `null`; the SDK omits it, which
    the platform accepts.

    Args:
        body (SurveyTargetForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SurveyTargetResponse]
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
    body: SurveyTargetForm,
) -> Any | SurveyTargetResponse | None:
    """Users whose survey answers meet conditions (根据条件筛选定向推送的用户).

     `AND` conditions must all hold and at least one `OR` condition must hold; a user is
    listed once. Both are JSON text inside the form. When a condition gives both
    `concept_code` and `content`, `concept_code` wins and `content` is ignored; one of them
    is required.

    The reference sends a missing `AND` or `OR` as the text `null`; the SDK omits it, which
    the platform accepts.

    Args:
        body (SurveyTargetForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SurveyTargetResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SurveyTargetForm,
) -> Response[Any | SurveyTargetResponse]:
    """Users whose survey answers meet conditions (根据条件筛选定向推送的用户).

     `AND` conditions must all hold and at least one `OR` condition must hold; a user is
    listed once. Both are JSON text inside the form. When a condition gives both
    `concept_code` and `content`, `concept_code` wins and `content` is ignored; one of them
    is required.

    The reference sends a missing `AND` or `OR` as the text `null`; the SDK omits it, which
    the platform accepts.

    Args:
        body (SurveyTargetForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SurveyTargetResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SurveyTargetForm,
) -> Any | SurveyTargetResponse | None:
    """Users whose survey answers meet conditions (根据条件筛选定向推送的用户).

     `AND` conditions must all hold and at least one `OR` condition must hold; a user is
    listed once. Both are JSON text inside the form. When a condition gives both
    `concept_code` and `content`, `concept_code` wins and `content` is ignored; one of them
    is required.

    The reference sends a missing `AND` or `OR` as the text `null`; the SDK omits it, which
    the platform accepts.

    Args:
        body (SurveyTargetForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SurveyTargetResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
