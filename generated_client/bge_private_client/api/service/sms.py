from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.sms_form import SmsForm
from ...models.sms_response import SmsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SmsForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/sms",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | SmsResponse | None:
    if response.status_code == 200:
        response_200 = SmsResponse.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | SmsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsForm,
) -> Response[Any | SmsResponse]:
    """Send a templated text message to phone numbers (通用短信接口).

     Sends the SMS template `template` to up to 100 phone numbers. The template's variables are
    further form fields named after them (the documentation's example fills `org_name`,
    `project_name`, `applied_date` and `expiry_date` of `research_download_notice`). The answer's
    `data` is not used; the SDK returns `None`.

    Every call sends the messages again and nothing finds a lost attempt, so the call is never
    repeated after an unknown outcome.

    Its real effect is outside the platform (text messages reach phones); the sandbox only records
    the call (`x-external-effect`).

    Args:
        body (SmsForm): `template` and `mobiles`, plus one field per template variable (any name;
            the value as text).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SmsResponse]
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
    body: SmsForm,
) -> Any | SmsResponse | None:
    """Send a templated text message to phone numbers (通用短信接口).

     Sends the SMS template `template` to up to 100 phone numbers. The template's variables are
    further form fields named after them (the documentation's example fills `org_name`,
    `project_name`, `applied_date` and `expiry_date` of `research_download_notice`). The answer's
    `data` is not used; the SDK returns `None`.

    Every call sends the messages again and nothing finds a lost attempt, so the call is never
    repeated after an unknown outcome.

    Its real effect is outside the platform (text messages reach phones); the sandbox only records
    the call (`x-external-effect`).

    Args:
        body (SmsForm): `template` and `mobiles`, plus one field per template variable (any name;
            the value as text).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SmsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsForm,
) -> Response[Any | SmsResponse]:
    """Send a templated text message to phone numbers (通用短信接口).

     Sends the SMS template `template` to up to 100 phone numbers. The template's variables are
    further form fields named after them (the documentation's example fills `org_name`,
    `project_name`, `applied_date` and `expiry_date` of `research_download_notice`). The answer's
    `data` is not used; the SDK returns `None`.

    Every call sends the messages again and nothing finds a lost attempt, so the call is never
    repeated after an unknown outcome.

    Its real effect is outside the platform (text messages reach phones); the sandbox only records
    the call (`x-external-effect`).

    Args:
        body (SmsForm): `template` and `mobiles`, plus one field per template variable (any name;
            the value as text).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SmsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmsForm,
) -> Any | SmsResponse | None:
    """Send a templated text message to phone numbers (通用短信接口).

     Sends the SMS template `template` to up to 100 phone numbers. The template's variables are
    further form fields named after them (the documentation's example fills `org_name`,
    `project_name`, `applied_date` and `expiry_date` of `research_download_notice`). The answer's
    `data` is not used; the SDK returns `None`.

    Every call sends the messages again and nothing finds a lost attempt, so the call is never
    repeated after an unknown outcome.

    Its real effect is outside the platform (text messages reach phones); the sandbox only records
    the call (`x-external-effect`).

    Args:
        body (SmsForm): `template` and `mobiles`, plus one field per template variable (any name;
            the value as text).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SmsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
