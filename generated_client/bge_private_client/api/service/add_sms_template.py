from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.add_sms_template_form import AddSmsTemplateForm
from ...models.add_sms_template_response import AddSmsTemplateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AddSmsTemplateForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/sms/add_template",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddSmsTemplateResponse | Any | None:
    if response.status_code == 200:
        response_200 = AddSmsTemplateResponse.from_dict(response.json())

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
) -> Response[AddSmsTemplateResponse | Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddSmsTemplateForm,
) -> Response[AddSmsTemplateResponse | Any]:
    """Apply for a new SMS template (申请短信模板).

     Files an application for a new SMS template with the SMS provider; the template is usable once
    the review passes (see `template_status`). `api_name` is the name under which it is sent later
    (`batch_send_sms` takes it as `template_api_name`). The answer is not documented (presumably it
    carries the template's code, which the other template operations take). Whether `api_name` must
    be unique is not documented and there is no lookup by it, so a repeat may file a second
    application: not repeated after an unknown outcome.

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring. The reference writes the path without its leading
    slash (`service/sms/add_template`): the same URL for an endpoint without a path (the default),
    but an endpoint whose path ends in `/` keeps that prefix, unlike every other operation.

    Its real effect is outside the platform (the SMS provider is asked to review, change or report
    on templates and sends); the sandbox only records the call (`x-external-effect`).

    Args:
        body (AddSmsTemplateForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddSmsTemplateResponse | Any]
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
    body: AddSmsTemplateForm,
) -> AddSmsTemplateResponse | Any | None:
    """Apply for a new SMS template (申请短信模板).

     Files an application for a new SMS template with the SMS provider; the template is usable once
    the review passes (see `template_status`). `api_name` is the name under which it is sent later
    (`batch_send_sms` takes it as `template_api_name`). The answer is not documented (presumably it
    carries the template's code, which the other template operations take). Whether `api_name` must
    be unique is not documented and there is no lookup by it, so a repeat may file a second
    application: not repeated after an unknown outcome.

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring. The reference writes the path without its leading
    slash (`service/sms/add_template`): the same URL for an endpoint without a path (the default),
    but an endpoint whose path ends in `/` keeps that prefix, unlike every other operation.

    Its real effect is outside the platform (the SMS provider is asked to review, change or report
    on templates and sends); the sandbox only records the call (`x-external-effect`).

    Args:
        body (AddSmsTemplateForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddSmsTemplateResponse | Any
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddSmsTemplateForm,
) -> Response[AddSmsTemplateResponse | Any]:
    """Apply for a new SMS template (申请短信模板).

     Files an application for a new SMS template with the SMS provider; the template is usable once
    the review passes (see `template_status`). `api_name` is the name under which it is sent later
    (`batch_send_sms` takes it as `template_api_name`). The answer is not documented (presumably it
    carries the template's code, which the other template operations take). Whether `api_name` must
    be unique is not documented and there is no lookup by it, so a repeat may file a second
    application: not repeated after an unknown outcome.

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring. The reference writes the path without its leading
    slash (`service/sms/add_template`): the same URL for an endpoint without a path (the default),
    but an endpoint whose path ends in `/` keeps that prefix, unlike every other operation.

    Its real effect is outside the platform (the SMS provider is asked to review, change or report
    on templates and sends); the sandbox only records the call (`x-external-effect`).

    Args:
        body (AddSmsTemplateForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddSmsTemplateResponse | Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddSmsTemplateForm,
) -> AddSmsTemplateResponse | Any | None:
    """Apply for a new SMS template (申请短信模板).

     Files an application for a new SMS template with the SMS provider; the template is usable once
    the review passes (see `template_status`). `api_name` is the name under which it is sent later
    (`batch_send_sms` takes it as `template_api_name`). The answer is not documented (presumably it
    carries the template's code, which the other template operations take). Whether `api_name` must
    be unique is not documented and there is no lookup by it, so a repeat may file a second
    application: not repeated after an unknown outcome.

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring. The reference writes the path without its leading
    slash (`service/sms/add_template`): the same URL for an endpoint without a path (the default),
    but an endpoint whose path ends in `/` keeps that prefix, unlike every other operation.

    Its real effect is outside the platform (the SMS provider is asked to review, change or report
    on templates and sends); the sandbox only records the call (`x-external-effect`).

    Args:
        body (AddSmsTemplateForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddSmsTemplateResponse | Any
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
