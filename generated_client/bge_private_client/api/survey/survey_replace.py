from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.survey_replace_form import SurveyReplaceForm
from ...models.survey_replace_response import SurveyReplaceResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SurveyReplaceForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/survey/surveys/replace",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SurveyReplaceResponse | None:
    if response.status_code == 200:
        response_200 = SurveyReplaceResponse.from_dict(response.json())

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
) -> Response[Any | SurveyReplaceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SurveyReplaceForm,
) -> Response[Any | SurveyReplaceResponse]:
    """Create or update a draft survey (更新或创建问卷).

     With the `survey_id` of an existing survey, updates that survey; otherwise creates a new one
    (如果参数中包含 survey_id 且数据库中存在 survey_id 对应的问卷数据，则更新该问卷的数据；否则，将根据参数创建一个新的问卷). Answers the survey as
    stored.

    An update repeats harmlessly; a creation does not. When the answer to an attempt is lost, the
    SDK looks among the developer's surveys for one with the same title, description and redirect
    URL before trying again; a survey that already had exactly those values counts as the result.

    Args:
        body (SurveyReplaceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SurveyReplaceResponse]
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
    body: SurveyReplaceForm,
) -> Any | SurveyReplaceResponse | None:
    """Create or update a draft survey (更新或创建问卷).

     With the `survey_id` of an existing survey, updates that survey; otherwise creates a new one
    (如果参数中包含 survey_id 且数据库中存在 survey_id 对应的问卷数据，则更新该问卷的数据；否则，将根据参数创建一个新的问卷). Answers the survey as
    stored.

    An update repeats harmlessly; a creation does not. When the answer to an attempt is lost, the
    SDK looks among the developer's surveys for one with the same title, description and redirect
    URL before trying again; a survey that already had exactly those values counts as the result.

    Args:
        body (SurveyReplaceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SurveyReplaceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SurveyReplaceForm,
) -> Response[Any | SurveyReplaceResponse]:
    """Create or update a draft survey (更新或创建问卷).

     With the `survey_id` of an existing survey, updates that survey; otherwise creates a new one
    (如果参数中包含 survey_id 且数据库中存在 survey_id 对应的问卷数据，则更新该问卷的数据；否则，将根据参数创建一个新的问卷). Answers the survey as
    stored.

    An update repeats harmlessly; a creation does not. When the answer to an attempt is lost, the
    SDK looks among the developer's surveys for one with the same title, description and redirect
    URL before trying again; a survey that already had exactly those values counts as the result.

    Args:
        body (SurveyReplaceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SurveyReplaceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SurveyReplaceForm,
) -> Any | SurveyReplaceResponse | None:
    """Create or update a draft survey (更新或创建问卷).

     With the `survey_id` of an existing survey, updates that survey; otherwise creates a new one
    (如果参数中包含 survey_id 且数据库中存在 survey_id 对应的问卷数据，则更新该问卷的数据；否则，将根据参数创建一个新的问卷). Answers the survey as
    stored.

    An update repeats harmlessly; a creation does not. When the answer to an attempt is lost, the
    SDK looks among the developer's surveys for one with the same title, description and redirect
    URL before trying again; a survey that already had exactly those values counts as the result.

    Args:
        body (SurveyReplaceForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SurveyReplaceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
