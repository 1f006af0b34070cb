from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.batch_send_sms_form import BatchSendSmsForm
from ...models.batch_send_sms_response import BatchSendSmsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BatchSendSmsForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/sms/batch_send",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=("template_params",))
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BatchSendSmsResponse | None:
    if response.status_code == 200:
        response_200 = BatchSendSmsResponse.from_dict(response.json())

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
) -> Response[Any | BatchSendSmsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchSendSmsForm,
) -> Response[Any | BatchSendSmsResponse]:
    """Send one SMS template to many phone numbers, each with its own values (批量发送短信).

     Sends the template `template_api_name` to every number in `mobiles`; `template_params` (JSON
    text) has one entry of template values per number, in the same order. Unlike `sms`, the values
    go per recipient in that one list instead of as fields. The answer is not documented
    (presumably it carries the id that `update_msgs_status` takes). Every call sends the messages
    again and nothing finds a lost attempt, so it is never repeated after an unknown outcome.

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring. The reference writes the path without its leading
    slash (`service/sms/batch_send`): the same URL for an endpoint without a path (the default),
    but an endpoint whose path ends in `/` keeps that prefix, unlike every other operation.

    Its real effect is outside the platform (text messages reach phones); the sandbox only records
    the call (`x-external-effect`).

    Args:
        body (BatchSendSmsForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BatchSendSmsResponse]
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
    body: BatchSendSmsForm,
) -> Any | BatchSendSmsResponse | None:
    """Send one SMS template to many phone numbers, each with its own values (批量发送短信).

     Sends the template `template_api_name` to every number in `mobiles`; `template_params` (JSON
    text) has one entry of template values per number, in the same order. Unlike `sms`, the values
    go per recipient in that one list instead of as fields. The answer is not documented
    (presumably it carries the id that `update_msgs_status` takes). Every call sends the messages
    again and nothing finds a lost attempt, so it is never repeated after an unknown outcome.

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring. The reference writes the path without its leading
    slash (`service/sms/batch_send`): the same URL for an endpoint without a path (the default),
    but an endpoint whose path ends in `/` keeps that prefix, unlike every other operation.

    Its real effect is outside the platform (text messages reach phones); the sandbox only records
    the call (`x-external-effect`).

    Args:
        body (BatchSendSmsForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BatchSendSmsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchSendSmsForm,
) -> Response[Any | BatchSendSmsResponse]:
    """Send one SMS template to many phone numbers, each with its own values (批量发送短信).

     Sends the template `template_api_name` to every number in `mobiles`; `template_params` (JSON
    text) has one entry of template values per number, in the same order. Unlike `sms`, the values
    go per recipient in that one list instead of as fields. The answer is not documented
    (presumably it carries the id that `update_msgs_status` takes). Every call sends the messages
    again and nothing finds a lost attempt, so it is never repeated after an unknown outcome.

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring. The reference writes the path without its leading
    slash (`service/sms/batch_send`): the same URL for an endpoint without a path (the default),
    but an endpoint whose path ends in `/` keeps that prefix, unlike every other operation.

    Its real effect is outside the platform (text messages reach phones); the sandbox only records
    the call (`x-external-effect`).

    Args:
        body (BatchSendSmsForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BatchSendSmsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchSendSmsForm,
) -> Any | BatchSendSmsResponse | None:
    """Send one SMS template to many phone numbers, each with its own values (批量发送短信).

     Sends the template `template_api_name` to every number in `mobiles`; `template_params` (JSON
    text) has one entry of template values per number, in the same order. Unlike `sms`, the values
    go per recipient in that one list instead of as fields. The answer is not documented
    (presumably it carries the id that `update_msgs_status` takes). Every call sends the messages
    again and nothing finds a lost attempt, so it is never repeated after an unknown outcome.

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring. The reference writes the path without its leading
    slash (`service/sms/batch_send`): the same URL for an endpoint without a path (the default),
    but an endpoint whose path ends in `/` keeps that prefix, unlike every other operation.

    Its real effect is outside the platform (text messages reach phones); the sandbox only records
    the call (`x-external-effect`).

    Args:
        body (BatchSendSmsForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BatchSendSmsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
