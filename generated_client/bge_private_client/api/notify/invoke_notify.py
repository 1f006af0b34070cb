from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.invoke_notify_form import InvokeNotifyForm
from ...models.invoke_notify_response import InvokeNotifyResponse
from ...types import Response


def _get_kwargs(
    *,
    body: InvokeNotifyForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notify_center/invoke/notify",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=("params",))
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | InvokeNotifyResponse | None:
    if response.status_code == 200:
        response_200 = InvokeNotifyResponse.from_dict(response.json())

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
) -> Response[Any | InvokeNotifyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InvokeNotifyForm,
) -> Response[Any | InvokeNotifyResponse]:
    """Send a notification through the notification center (发送通知).

     Has the notification center send the notification that `notify_generator` names, on the channel
    `category` (and `sub_category`), filled in from `params`. `params` is sent as JSON text; the
    reference does not send an empty `params` at all. Every call sends the notification again, so
    it is not repeated after an unknown outcome. The answer's `data` is returned as plain JSON (not
    documented).

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring. The reference writes the path without its leading
    slash (`notify_center/invoke/notify`): the same URL for an endpoint without a path (the
    default), but an endpoint whose path ends in `/` keeps that prefix, unlike every other
    operation.

    Its real effect is outside the platform (a notification reaches people); the sandbox only
    records the call (`x-external-effect`).

    Args:
        body (InvokeNotifyForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | InvokeNotifyResponse]
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
    body: InvokeNotifyForm,
) -> Any | InvokeNotifyResponse | None:
    """Send a notification through the notification center (发送通知).

     Has the notification center send the notification that `notify_generator` names, on the channel
    `category` (and `sub_category`), filled in from `params`. `params` is sent as JSON text; the
    reference does not send an empty `params` at all. Every call sends the notification again, so
    it is not repeated after an unknown outcome. The answer's `data` is returned as plain JSON (not
    documented).

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring. The reference writes the path without its leading
    slash (`notify_center/invoke/notify`): the same URL for an endpoint without a path (the
    default), but an endpoint whose path ends in `/` keeps that prefix, unlike every other
    operation.

    Its real effect is outside the platform (a notification reaches people); the sandbox only
    records the call (`x-external-effect`).

    Args:
        body (InvokeNotifyForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | InvokeNotifyResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InvokeNotifyForm,
) -> Response[Any | InvokeNotifyResponse]:
    """Send a notification through the notification center (发送通知).

     Has the notification center send the notification that `notify_generator` names, on the channel
    `category` (and `sub_category`), filled in from `params`. `params` is sent as JSON text; the
    reference does not send an empty `params` at all. Every call sends the notification again, so
    it is not repeated after an unknown outcome. The answer's `data` is returned as plain JSON (not
    documented).

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring. The reference writes the path without its leading
    slash (`notify_center/invoke/notify`): the same URL for an endpoint without a path (the
    default), but an endpoint whose path ends in `/` keeps that prefix, unlike every other
    operation.

    Its real effect is outside the platform (a notification reaches people); the sandbox only
    records the call (`x-external-effect`).

    Args:
        body (InvokeNotifyForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | InvokeNotifyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InvokeNotifyForm,
) -> Any | InvokeNotifyResponse | None:
    """Send a notification through the notification center (发送通知).

     Has the notification center send the notification that `notify_generator` names, on the channel
    `category` (and `sub_category`), filled in from `params`. `params` is sent as JSON text; the
    reference does not send an empty `params` at all. Every call sends the notification again, so
    it is not repeated after an unknown outcome. The answer's `data` is returned as plain JSON (not
    documented).

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring. The reference writes the path without its leading
    slash (`notify_center/invoke/notify`): the same URL for an endpoint without a path (the
    default), but an endpoint whose path ends in `/` keeps that prefix, unlike every other
    operation.

    Its real effect is outside the platform (a notification reaches people); the sandbox only
    records the call (`x-external-effect`).

    Args:
        body (InvokeNotifyForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | InvokeNotifyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
