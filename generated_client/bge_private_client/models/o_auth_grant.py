from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.granted_sample import GrantedSample
    from ..models.o_auth_grant_application import OAuthGrantApplication


T = TypeVar("T", bound="OAuthGrant")


@_attrs_define
class OAuthGrant:
    """What a user granted an application (用户授权).

    Attributes:
        biosample_ids (list[GrantedSample]): The samples shared (授权样品).
        grant_time (str): When it was granted, `YYYY-MM-DD HH:MM:SS` (授权时间).
        application (OAuthGrantApplication): The application a grant is for (授权应用).
    """

    biosample_ids: list[GrantedSample]
    grant_time: str
    application: OAuthGrantApplication
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biosample_ids = []
        for biosample_ids_item_data in self.biosample_ids:
            biosample_ids_item = biosample_ids_item_data.to_dict()
            biosample_ids.append(biosample_ids_item)

        grant_time = self.grant_time

        application = self.application.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "biosample_ids": biosample_ids,
                "grant_time": grant_time,
                "application": application,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.granted_sample import GrantedSample
        from ..models.o_auth_grant_application import OAuthGrantApplication

        d = dict(src_dict)
        biosample_ids = []
        _biosample_ids = d.pop("biosample_ids")
        for biosample_ids_item_data in _biosample_ids:
            biosample_ids_item = GrantedSample.from_dict(biosample_ids_item_data)

            biosample_ids.append(biosample_ids_item)

        grant_time = d.pop("grant_time")

        application = OAuthGrantApplication.from_dict(d.pop("application"))

        o_auth_grant = cls(
            biosample_ids=biosample_ids,
            grant_time=grant_time,
            application=application,
        )

        o_auth_grant.additional_properties = d
        return o_auth_grant

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
