"""The account family: the BGE user center's verification codes, log-in and users."""

from __future__ import annotations

from ..answers import data_page, ok, split_ids
from ..errors import INVALID_ARGUMENT, ApiError
from ..models import (
    AccountGetUserForm1,
    AccountGetUserForm2,
    AccountGetUserResponse,
    AccountGetUsersForm,
    AccountGetUsersResponse,
    AccountLoginForm1,
    AccountLoginForm2,
    AccountLoginResponse,
    AccountVerifyForm,
    AccountVerifyResponse,
)
from ..store import Store
from ..stores.account import AccountStore
from . import handles


@handles("account_verify")
def account_verify(store: Store, form: AccountVerifyForm) -> AccountVerifyResponse:
    code = store.family(AccountStore).send_code(form.account, form.scope.value, form.user_id)
    # The platform's answer is not documented. The sandbox answers the code it "sent", since
    # no message reaches anyone: a test logs in with it (the request is recorded as an effect).
    return ok(
        AccountVerifyResponse,
        {"account": form.account, "scope": form.scope.value, "code": code},
    )


@handles("account_login")
def account_login(
    store: Store, form: AccountLoginForm1 | AccountLoginForm2
) -> AccountLoginResponse:
    # The spec's oneOf means exactly one; a pydantic union accepts a form holding both.
    if (form.password is None) == (form.code is None):
        raise ApiError(INVALID_ARGUMENT, "invalid argument: give exactly one of password and code")
    user_id, token = store.family(AccountStore).login(
        form.account,
        password=None if form.password is None else form.password.get_secret_value(),
        code=form.code,
    )
    return ok(AccountLoginResponse, {"token": token, "user_id": user_id})


@handles("account_get_users")
def account_get_users(store: Store, form: AccountGetUsersForm) -> AccountGetUsersResponse:
    user_ids = None if form.user_ids is None else split_ids(form.user_ids)
    users = store.family(AccountStore).users(user_ids, form.sort)
    return data_page(AccountGetUsersResponse, users, page=form.page, limit=form.limit)


@handles("account_get_user")
def account_get_user(
    store: Store, form: AccountGetUserForm1 | AccountGetUserForm2
) -> AccountGetUserResponse:
    if (form.user_id is None) == (form.token is None):
        raise ApiError(INVALID_ARGUMENT, "invalid argument: give exactly one of user_id and token")
    accounts = store.family(AccountStore)
    if form.token is not None:
        return ok(AccountGetUserResponse, accounts.user_by_token(form.token.get_secret_value()))
    assert form.user_id is not None
    return ok(AccountGetUserResponse, accounts.user(form.user_id))
