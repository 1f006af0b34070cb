"""The OAuth2 family's state: applications, users (by auth token), their grants and codes.

JSON documents of this family: `application` (by client_id: the application as
oauth2_application answers it, and the mini program page it sends users back to), `user` (by
auth_token), `grant` (by `user|client`, parent the user: what the user shared), `code` (each
authorisation code issued) and `reserved_code` (the code the first authorisation of a user for
an application gets, so that the documentation's example answers its documented code).
"""

from __future__ import annotations

import secrets
import sqlite3
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..errors import INVALID_ARGUMENT, NOT_FOUND, ApiError
from ..models import GrantedSample, OAuthApplication, OAuthAuthorization, OAuthGrant
from . import FamilyStore

_CODE_ALPHABET = string.ascii_letters + string.digits
_CODE_LENGTH = 30


def grant_time_now() -> str:
    """The current time as the platform writes a grant's time (`YYYY-MM-DD HH:MM:SS`, UTC)."""
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")


@dataclass(frozen=True)
class Application:
    """A registered application and where its users go back after authorising it."""

    details: OAuthApplication
    wxmp_redirect_uri: str | None
    """The mini program page users return to, for an application with a mini program."""


def _grant_id(user_id: str, client_id: str) -> str:
    return f"{user_id}|{client_id}"


class OAuth2Store(FamilyStore):
    """Applications, users and what each user granted each application."""

    NAME = "oauth2"

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        for record in fixtures.get("applications", []):
            fields = dict(record)
            page = fields.pop("wxmp_redirect_uri", None)
            details = OAuthApplication.model_validate(fields)
            self.documents.insert(
                conn,
                "application",
                details.client_id,
                {"details": details.model_dump(mode="json"), "wxmp_redirect_uri": page},
            )
        for user in fixtures.get("users", []):
            self.documents.insert(
                conn, "user", str(user["auth_token"]), {"user_id": str(user["user_id"])}
            )
        for grant in fixtures.get("grants", []):
            user_id = self._user_id(conn, str(grant["auth_token"]))
            client_id = self._application(conn, str(grant["client_id"])).details.client_id
            samples = [GrantedSample.model_validate(item) for item in grant["biosample_ids"]]
            self._put_grant(conn, user_id, client_id, samples, str(grant["grant_time"]))
        for reserved in fixtures.get("reserved_codes", []):
            user_id = self._user_id(conn, str(reserved["auth_token"]))
            client_id = self._application(conn, str(reserved["client_id"])).details.client_id
            self.documents.insert(
                conn, "reserved_code", _grant_id(user_id, client_id), {"code": reserved["code"]}
            )

    # ------------------------------------------------------------------ lookups

    def _application(self, conn: sqlite3.Connection, client_id: str) -> Application:
        document = self.documents.get(conn, "application", client_id)
        if document is None:
            raise ApiError(NOT_FOUND, f"application {client_id} does not exist")
        return Application(
            OAuthApplication.model_validate(document.body["details"]),
            document.body.get("wxmp_redirect_uri"),
        )

    def _checked_application(
        self, conn: sqlite3.Connection, client_id: str, redirect_uri: str
    ) -> Application:
        application = self._application(conn, client_id)
        if application.details.redirect_uri != redirect_uri:
            raise ApiError(
                INVALID_ARGUMENT,
                f"invalid argument: redirect_uri: not the callback registered for application "
                f"{client_id}",
            )
        return application

    def _user_id(self, conn: sqlite3.Connection, auth_token: str) -> str:
        document = self.documents.get(conn, "user", auth_token)
        if document is None:
            # The token is a credential: the message does not repeat it.
            raise ApiError(NOT_FOUND, "no user has this auth_token")
        return str(document.body["user_id"])

    def _put_grant(
        self,
        conn: sqlite3.Connection,
        user_id: str,
        client_id: str,
        samples: Sequence[GrantedSample],
        grant_time: str,
    ) -> None:
        shared = list({(s.biosample_id, s.type): s for s in samples}.values())
        self.documents.put(
            conn,
            "grant",
            _grant_id(user_id, client_id),
            {
                "client_id": client_id,
                "biosample_ids": [sample.model_dump(mode="json") for sample in shared],
                "grant_time": grant_time,
            },
            parent=user_id,
        )

    def _grant_view(self, conn: sqlite3.Connection, body: Mapping[str, Any]) -> OAuthGrant:
        application = self._application(conn, str(body["client_id"])).details
        return OAuthGrant.model_validate(
            {
                "biosample_ids": body["biosample_ids"],
                "grant_time": body["grant_time"],
                "application": {
                    "client_id": application.client_id,
                    "logo": application.logo,
                    "name": application.name,
                },
            }
        )

    # ------------------------------------------------------------------ operations

    def application(self, client_id: str, redirect_uri: str) -> OAuthApplication:
        """The application; 40401 if unknown, 40001 if `redirect_uri` is not its callback."""
        with self.read() as conn:
            return self._checked_application(conn, client_id, redirect_uri).details

    def authorize(
        self,
        *,
        client_id: str,
        redirect_uri: str,
        auth_token: str,
        samples: Sequence[GrantedSample],
    ) -> OAuthAuthorization:
        """Record (or renew) the user's grant to the application and issue a code.

        The samples shared must exist (40401 otherwise). A repeat replaces what was shared,
        keeps the grant's place among the user's and issues another code.
        """
        biosample_ids = list(dict.fromkeys(sample.biosample_id for sample in samples))
        # Read before this family's transaction (the Store's lock is not reentrant); samples
        # are never deleted, so one found now still exists when the grant is written.
        found = {s.biosample_id for s in self.store.samples_by_biosample_ids(biosample_ids)}
        missing = [biosample_id for biosample_id in biosample_ids if biosample_id not in found]
        with self.write() as conn:
            application = self._checked_application(conn, client_id, redirect_uri)
            user_id = self._user_id(conn, auth_token)
            if missing:
                raise ApiError(NOT_FOUND, f"samples {', '.join(missing)} do not exist")
            self._put_grant(conn, user_id, client_id, samples, grant_time_now())
            code = self._new_code(conn, _grant_id(user_id, client_id))
            self.documents.put(
                conn,
                "code",
                code,
                {"client_id": client_id, "user_id": user_id, "issued": grant_time_now()},
                parent=_grant_id(user_id, client_id),
            )
        page = application.wxmp_redirect_uri
        return OAuthAuthorization(
            redirect_uri=redirect_uri if page is None else page,
            wxmp_app_id=application.details.wxmp_app_id,
            code=code,
        )

    def _new_code(self, conn: sqlite3.Connection, grant_id: str) -> str:
        reserved = self.documents.get(conn, "reserved_code", grant_id)
        if reserved is not None:
            self.documents.delete(conn, "reserved_code", grant_id)
            code = str(reserved.body["code"])
            if self.documents.get(conn, "code", code) is None:
                return code
        while True:
            # A code is a credential: random, never derived from the request.
            code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH))
            if self.documents.get(conn, "code", code) is None:
                return code

    def grants(self, auth_token: str, client_id: str | None) -> OAuthGrant | list[OAuthGrant]:
        """The user's grant to `client_id` (`[]` when there is none), or all their grants."""
        with self.read() as conn:
            user_id = self._user_id(conn, auth_token)
            if client_id is not None:
                self._application(conn, client_id)
                document = self.documents.get(conn, "grant", _grant_id(user_id, client_id))
                return [] if document is None else self._grant_view(conn, document.body)
            return [
                self._grant_view(conn, document.body)
                for document in self.documents.select(conn, "grant", parent=user_id)
            ]

    def revoke(self, auth_token: str, client_id: str) -> bool:
        """Remove the user's grant to the application and its codes; whether there was one."""
        with self.write() as conn:
            user_id = self._user_id(conn, auth_token)
            self._application(conn, client_id)
            grant_id = _grant_id(user_id, client_id)
            self.documents.delete_children(conn, "code", grant_id)
            return self.documents.delete(conn, "grant", grant_id)
