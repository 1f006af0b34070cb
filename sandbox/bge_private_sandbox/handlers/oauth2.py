"""The OAuth2 family: applications, and the grants users give them (authorize, list, revoke)."""

from __future__ import annotations

from ..answers import ok
from ..models import (
    Oauth2ApplicationForm,
    Oauth2ApplicationResponse,
    Oauth2AuthorizeForm,
    Oauth2AuthorizeResponse,
    Oauth2GrantsForm,
    Oauth2GrantsResponse,
    Oauth2RevokeGrantForm,
    Oauth2RevokeGrantResponse,
)
from ..store import Store
from ..stores.oauth2 import OAuth2Store
from . import handles


@handles("oauth2_application")
def oauth2_application(store: Store, form: Oauth2ApplicationForm) -> Oauth2ApplicationResponse:
    application = store.family(OAuth2Store).application(form.client_id, form.redirect_uri)
    return ok(Oauth2ApplicationResponse, application)


@handles("oauth2_authorize")
def oauth2_authorize(store: Store, form: Oauth2AuthorizeForm) -> Oauth2AuthorizeResponse:
    authorization = store.family(OAuth2Store).authorize(
        client_id=form.client_id,
        redirect_uri=form.redirect_uri,
        auth_token=form.auth_token,
        samples=form.biosample_ids or [],
    )
    return ok(Oauth2AuthorizeResponse, authorization)


@handles("oauth2_grants")
def oauth2_grants(store: Store, form: Oauth2GrantsForm) -> Oauth2GrantsResponse:
    # With client_id: that grant, or [] when there is none (the platform's "nothing" here).
    return ok(
        Oauth2GrantsResponse, store.family(OAuth2Store).grants(form.auth_token, form.client_id)
    )


@handles("oauth2_revoke_grant")
def oauth2_revoke_grant(store: Store, form: Oauth2RevokeGrantForm) -> Oauth2RevokeGrantResponse:
    # Revoking what is not granted (again) leaves the same state, so it is no error.
    store.family(OAuth2Store).revoke(form.auth_token, form.client_id)
    return ok(Oauth2RevokeGrantResponse, None)
