from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.survey_async_form import SurveyAsyncForm
from ...models.survey_async_response import SurveyAsyncResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SurveyAsyncForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/survey/surveys/publish/async",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SurveyAsyncResponse | None:
    if response.status_code == 200:
        response_200 = SurveyAsyncResponse.from_dict(response.json())

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
) -> Response[Any | SurveyAsyncResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SurveyAsyncForm,
) -> Response[Any | SurveyAsyncResponse]:
    """Publish a draft survey (发布问卷).

     Publishes the draft survey as a new published version, in the background: the answer is the id
    of the task, which `task_result` follows. Each call publishes again (a new version), so a call
    whose answer is lost is not repeated; `release_surveys(survey_ids=...)` shows the versions.

    `survey_id` is optional in the reference's signature but required by the platform. The
    documentation's example passes it as the text `"216"`; the wire text is the same for the number
    216.

    Args:
        body (SurveyAsyncForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SurveyAsyncResponse]
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
    body: SurveyAsyncForm,
) -> Any | SurveyAsyncResponse | None:
    """Publish a draft survey (发布问卷).

     Publishes the draft survey as a new published version, in the background: the answer is the id
    of the task, which `task_result` follows. Each call publishes again (a new version), so a call
    whose answer is lost is not repeated; `release_surveys(survey_ids=...)` shows the versions.

    `survey_id` is optional in the reference's signature but required by the platform. The
    documentation's example passes it as the text `"216"`; the wire text is the same for the number
    216.

    Args:
        body (SurveyAsyncForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SurveyAsyncResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SurveyAsyncForm,
) -> Response[Any | SurveyAsyncResponse]:
    """Publish a draft survey (发布问卷).

     Publishes the draft survey as a new published version, in the background: the answer is the id
    of the task, which `task_result` follows. Each call publishes again (a new version), so a call
    whose answer is lost is not repeated; `release_surveys(survey_ids=...)` shows the versions.

    `survey_id` is optional in the reference's signature but required by the platform. The
    documentation's example passes it as the text `"216"`; the wire text is the same for the number
    216.

    Args:
        body (SurveyAsyncForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SurveyAsyncResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SurveyAsyncForm,
) -> Any | SurveyAsyncResponse | None:
    """Publish a draft survey (发布问卷).

     Publishes the draft survey as a new published version, in the background: the answer is the id
    of the task, which `task_result` follows. Each call publishes again (a new version), so a call
    whose answer is lost is not repeated; `release_surveys(survey_ids=...)` shows the versions.

    `survey_id` is optional in the reference's signature but required by the platform. The
    documentation's example passes it as the text `"216"`; the wire text is the same for the number
    216.

    Args:
        body (SurveyAsyncForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SurveyAsyncResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
