from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetSamplesExternalIdsForm")


@_attrs_define
class GetSamplesExternalIdsForm:
    """
    Attributes:
        biosample_site (int): Where the sample was taken, a code from 1 to 14 (采样部位，取值范围：1-14).
        project_id (str): A project id, `P-` + one capital letter + 11 digits (项目编号).
        external_ids (str): The external (the caller's own) sample ids to look up; the list format is not documented.
    """

    biosample_site: int
    project_id: str
    external_ids: str

    def to_dict(self) -> dict[str, Any]:
        biosample_site = self.biosample_site

        project_id = self.project_id

        external_ids = self.external_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "biosample_site": biosample_site,
                "project_id": project_id,
                "external_ids": external_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        biosample_site = d.pop("biosample_site")

        project_id = d.pop("project_id")

        external_ids = d.pop("external_ids")

        get_samples_external_ids_form = cls(
            biosample_site=biosample_site,
            project_id=project_id,
            external_ids=external_ids,
        )

        return get_samples_external_ids_form
