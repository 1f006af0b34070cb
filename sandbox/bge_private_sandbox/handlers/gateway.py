"""The gateway family: calls forwarded to configured backend services (answered here, never
forwarded: the sandbox has no backends)."""

from __future__ import annotations

from ..answers import ok
from ..models import GatewayInvokeForm, GatewayInvokeResponse
from ..store import Store
from ..stores.gateway import GatewayStore
from . import handles


@handles("gateway_invoke")
def gateway_invoke(store: Store, form: GatewayInvokeForm) -> GatewayInvokeResponse:
    configured = store.family(GatewayStore).api(form.service, form.api)
    if configured.answer is not None:
        return ok(GatewayInvokeResponse, configured.answer)
    # A backend without a configured answer echoes the call, as it would have reached it.
    return ok(
        GatewayInvokeResponse,
        {
            "service": form.service,
            "api": form.api,
            "params": form.params,
            "headers": form.headers,
            "data": form.data,
        },
    )
