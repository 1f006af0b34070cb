"""The WeChat family: a user's WeChat profile."""

from __future__ import annotations

from ..answers import ok
from ..errors import NOT_FOUND, ApiError
from ..models import UserIdForm, WechatProfileResponse
from ..store import Store
from . import handles


@handles("wechat_profile")
def wechat_profile(store: Store, form: UserIdForm) -> WechatProfileResponse:
    profile = store.wechat_profile(form.user_id)
    if profile is None:
        raise ApiError(NOT_FOUND, f"user {form.user_id} has no WeChat profile")
    return ok(WechatProfileResponse, profile)
