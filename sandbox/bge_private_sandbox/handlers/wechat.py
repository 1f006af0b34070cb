"""The WeChat family: a user's WeChat profile and the apps' access tokens."""

from __future__ import annotations

from ..answers import ok
from ..errors import NOT_FOUND, ApiError
from ..models import (
    UserIdForm,
    WechatProfileResponse,
    WechatTokenAction,
    WechatTokenForm,
    WechatTokenResponse,
)
from ..store import Store
from ..stores.wechat import WechatStore
from . import handles


@handles("wechat_profile")
def wechat_profile(store: Store, form: UserIdForm) -> WechatProfileResponse:
    profile = store.wechat_profile(form.user_id)
    if profile is None:
        raise ApiError(NOT_FOUND, f"user {form.user_id} has no WeChat profile")
    return ok(WechatProfileResponse, profile)


@handles("wechat_token")
def wechat_token(store: Store, form: WechatTokenForm) -> WechatTokenResponse:
    tokens = store.family(WechatStore)
    if form.action is WechatTokenAction.refresh:
        return ok(WechatTokenResponse, tokens.refresh(form.app_id))
    return ok(WechatTokenResponse, tokens.token(form.app_id))
