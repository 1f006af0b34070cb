from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.release_survey_id_form import ReleaseSurveyIdForm
from ...models.release_surveys_retrieve_response import ReleaseSurveysRetrieveResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ReleaseSurveyIdForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/survey/release_surveys/retrieve",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ReleaseSurveysRetrieveResponse | None:
    if response.status_code == 200:
        response_200 = ReleaseSurveysRetrieveResponse.from_dict(response.json())

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
) -> Response[Any | ReleaseSurveysRetrieveResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReleaseSurveyIdForm,
) -> Response[Any | ReleaseSurveysRetrieveResponse]:
    """A published survey with its questions (根据编号获取已发布问卷).

     The published survey with all its questions and their options.

    Documented example output is inconsistent with its call: it lists 2 questions (8079 and 8080)
    of published survey 536, whose `question_count` in the same output is 14 and whose question
    8092 the `release_questions` example reads from the same survey.

    Args:
        body (ReleaseSurveyIdForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ReleaseSurveysRetrieveResponse]
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
    body: ReleaseSurveyIdForm,
) -> Any | ReleaseSurveysRetrieveResponse | None:
    """A published survey with its questions (根据编号获取已发布问卷).

     The published survey with all its questions and their options.

    Documented example output is inconsistent with its call: it lists 2 questions (8079 and 8080)
    of published survey 536, whose `question_count` in the same output is 14 and whose question
    8092 the `release_questions` example reads from the same survey.

    Args:
        body (ReleaseSurveyIdForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ReleaseSurveysRetrieveResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReleaseSurveyIdForm,
) -> Response[Any | ReleaseSurveysRetrieveResponse]:
    """A published survey with its questions (根据编号获取已发布问卷).

     The published survey with all its questions and their options.

    Documented example output is inconsistent with its call: it lists 2 questions (8079 and 8080)
    of published survey 536, whose `question_count` in the same output is 14 and whose question
    8092 the `release_questions` example reads from the same survey.

    Args:
        body (ReleaseSurveyIdForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ReleaseSurveysRetrieveResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReleaseSurveyIdForm,
) -> Any | ReleaseSurveysRetrieveResponse | None:
    """A published survey with its questions (根据编号获取已发布问卷).

     The published survey with all its questions and their options.

    Documented example output is inconsistent with its call: it lists 2 questions (8079 and 8080)
    of published survey 536, whose `question_count` in the same output is 14 and whose question
    8092 the `release_questions` example reads from the same survey.

    Args:
        body (ReleaseSurveyIdForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ReleaseSurveysRetrieveResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
