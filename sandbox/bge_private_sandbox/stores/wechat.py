"""The WeChat family's state: the access token the central token service holds for each app
(the WeChat profiles are the core store's)."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..errors import NOT_FOUND, ApiError
from ..models import WechatToken
from . import FamilyStore, utc_now

APP = "app"


class WechatApp(BaseModel):
    model_config = ConfigDict(extra="forbid")

    app_id: str = Field(min_length=1, max_length=64)
    access_token: str = Field(min_length=1)


class WechatStore(FamilyStore):
    """One document per app: its current token and how many times it was refreshed."""

    NAME = "wechat"

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        for record in fixtures.get("apps", []):
            app = WechatApp.model_validate(record)
            body = {"access_token": app.access_token, "refreshes": 0, "refreshed": None}
            self.documents.insert(conn, APP, app.app_id, body)

    def token(self, app_id: str) -> WechatToken:
        """The app's current token."""
        with self.read() as conn:
            document = self.documents.get(conn, APP, app_id)
        if document is None:
            raise ApiError(NOT_FOUND, f"WeChat app {app_id} is not known to the token service")
        return WechatToken(access_token=document.body["access_token"])

    def refresh(self, app_id: str) -> WechatToken:
        """Replace the app's token with a new one (the old one stops being answered). The new
        token follows from the old one, so a database always goes through the same tokens."""
        with self.write() as conn:
            document = self.documents.get(conn, APP, app_id)
            if document is None:
                raise ApiError(NOT_FOUND, f"WeChat app {app_id} is not known to the token service")
            refreshes = int(document.body["refreshes"]) + 1
            seed = f"{app_id}:{refreshes}:{document.body['access_token']}".encode()
            token = hashlib.md5(seed).hexdigest()
            body = {"access_token": token, "refreshes": refreshes, "refreshed": utc_now()}
            self.documents.put(conn, APP, app_id, body)
        return WechatToken(access_token=token)
