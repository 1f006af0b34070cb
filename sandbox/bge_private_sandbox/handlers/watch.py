"""The watch family: Function Compute (fc2) trigger events for the watch data processing."""

from __future__ import annotations

from ..answers import ok
from ..models import WatchFc2Form, WatchFc2Response
from ..store import Store
from ..stores.watch import WatchStore
from . import handles


@handles("watch_fc2")
def watch_fc2(store: Store, form: WatchFc2Form) -> WatchFc2Response:
    # Not documented: the event is kept as received and acknowledged with its id.
    return ok(WatchFc2Response, store.family(WatchStore).receive(form.trigger, form.event))
