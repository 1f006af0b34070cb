"""The gateway family's state: the backend services configured for the signed gateway."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..errors import NOT_FOUND, ApiError
from . import FamilyStore

SERVICE = "service"


class GatewayApi(BaseModel):
    """One API of a backend service: its path and, optionally, the object it answers (without
    one, the sandbox's backend answers what it was sent)."""

    model_config = ConfigDict(extra="forbid")

    api: str = Field(min_length=1, max_length=1024)
    answer: dict[str, Any] | None = None


class GatewayService(BaseModel):
    model_config = ConfigDict(extra="forbid")

    service: str = Field(min_length=1, max_length=128)
    apis: list[GatewayApi]


class GatewayStore(FamilyStore):
    """One document per configured service, holding its APIs."""

    NAME = "gateway"

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        for record in fixtures.get("services", []):
            service = GatewayService.model_validate(record)
            self.documents.insert(conn, SERVICE, service.service, service)

    def api(self, service: str, api: str) -> GatewayApi:
        """The configured API `api` of `service`; 40401 when either is not configured."""
        with self.read() as conn:
            document = self.documents.get(conn, SERVICE, service)
        if document is None:
            raise ApiError(NOT_FOUND, f"service {service} is not configured in the gateway")
        for configured in GatewayService.model_validate(document.body).apis:
            if configured.api == api:
                return configured
        raise ApiError(NOT_FOUND, f"service {service} has no API {api} configured")
