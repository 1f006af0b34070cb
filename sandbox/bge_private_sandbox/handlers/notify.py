"""The notify family: notifications sent through the notification center (recorded, never
sent)."""

from __future__ import annotations

from ..answers import ok
from ..models import InvokeNotifyForm, InvokeNotifyResponse
from ..store import Store
from ..stores.notify import NotifyStore
from . import handles
from ._values import require_finite


@handles("invoke_notify")
def invoke_notify(store: Store, form: InvokeNotifyForm) -> InvokeNotifyResponse:
    require_finite(form.params, "params")
    notification = store.family(NotifyStore).record(
        notify_generator=form.notify_generator,
        category=form.category,
        sub_category=form.sub_category,
        params=form.params,
    )
    return ok(InvokeNotifyResponse, notification)
