from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...form_encoding import encode_form
from ...models.update_msgs_status_form import UpdateMsgsStatusForm
from ...models.update_msgs_status_response import UpdateMsgsStatusResponse
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateMsgsStatusForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/sms/update_msgs_status",
    }

    _kwargs["data"] = encode_form(body.to_dict(), json_fields=())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateMsgsStatusResponse | None:
    if response.status_code == 200:
        response_200 = UpdateMsgsStatusResponse.from_dict(response.json())

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
) -> Response[Any | UpdateMsgsStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMsgsStatusForm,
) -> Response[Any | UpdateMsgsStatusResponse]:
    """Update the delivery status and statistics of batch sends (更新批量发送短信状态及统计).

     Has the platform fetch the delivery status of earlier batch sends (`batch_send_sms`) from the
    SMS provider and update its statistics; repeating it refreshes them again. The reference's
    docstring calls the field `batch_ids`; the code takes and sends `msg_ids`. The answer is not
    documented.

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring. The reference writes the path without its leading
    slash (`service/sms/update_msgs_status`): the same URL for an endpoint without a path (the
    default), but an endpoint whose path ends in `/` keeps that prefix, unlike every other
    operation.

    Its real effect is outside the platform (the SMS provider is asked to review, change or report
    on templates and sends); the sandbox only records the call (`x-external-effect`).

    Args:
        body (UpdateMsgsStatusForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateMsgsStatusResponse]
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
    body: UpdateMsgsStatusForm,
) -> Any | UpdateMsgsStatusResponse | None:
    """Update the delivery status and statistics of batch sends (更新批量发送短信状态及统计).

     Has the platform fetch the delivery status of earlier batch sends (`batch_send_sms`) from the
    SMS provider and update its statistics; repeating it refreshes them again. The reference's
    docstring calls the field `batch_ids`; the code takes and sends `msg_ids`. The answer is not
    documented.

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring. The reference writes the path without its leading
    slash (`service/sms/update_msgs_status`): the same URL for an endpoint without a path (the
    default), but an endpoint whose path ends in `/` keeps that prefix, unlike every other
    operation.

    Its real effect is outside the platform (the SMS provider is asked to review, change or report
    on templates and sends); the sandbox only records the call (`x-external-effect`).

    Args:
        body (UpdateMsgsStatusForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateMsgsStatusResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMsgsStatusForm,
) -> Response[Any | UpdateMsgsStatusResponse]:
    """Update the delivery status and statistics of batch sends (更新批量发送短信状态及统计).

     Has the platform fetch the delivery status of earlier batch sends (`batch_send_sms`) from the
    SMS provider and update its statistics; repeating it refreshes them again. The reference's
    docstring calls the field `batch_ids`; the code takes and sends `msg_ids`. The answer is not
    documented.

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring. The reference writes the path without its leading
    slash (`service/sms/update_msgs_status`): the same URL for an endpoint without a path (the
    default), but an endpoint whose path ends in `/` keeps that prefix, unlike every other
    operation.

    Its real effect is outside the platform (the SMS provider is asked to review, change or report
    on templates and sends); the sandbox only records the call (`x-external-effect`).

    Args:
        body (UpdateMsgsStatusForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateMsgsStatusResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMsgsStatusForm,
) -> Any | UpdateMsgsStatusResponse | None:
    """Update the delivery status and statistics of batch sends (更新批量发送短信状态及统计).

     Has the platform fetch the delivery status of earlier batch sends (`batch_send_sms`) from the
    SMS provider and update its statistics; repeating it refreshes them again. The reference's
    docstring calls the field `batch_ids`; the code takes and sends `msg_ids`. The answer is not
    documented.

    Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
    from the reference's code and docstring. The reference writes the path without its leading
    slash (`service/sms/update_msgs_status`): the same URL for an endpoint without a path (the
    default), but an endpoint whose path ends in `/` keeps that prefix, unlike every other
    operation.

    Its real effect is outside the platform (the SMS provider is asked to review, change or report
    on templates and sends); the sandbox only records the call (`x-external-effect`).

    Args:
        body (UpdateMsgsStatusForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateMsgsStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
