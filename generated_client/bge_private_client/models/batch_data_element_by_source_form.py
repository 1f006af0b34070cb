from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BatchDataElementBySourceForm")


@_attrs_define
class BatchDataElementBySourceForm:
    """
    Attributes:
        data_element_source_domain (str): The source domain of a data element (数据元来源域), e.g. `human_9606_b151_GRCh38p7`
            (dbSNP build 151 on GRCh38) or `icd_11`.
        data_element_source_ids (str): Ids inside that source domain, separated by commas (数据元来源编号，多个 id 用逗号隔开).
    """

    data_element_source_domain: str
    data_element_source_ids: str

    def to_dict(self) -> dict[str, Any]:
        data_element_source_domain = self.data_element_source_domain

        data_element_source_ids = self.data_element_source_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data_element_source_domain": data_element_source_domain,
                "data_element_source_ids": data_element_source_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_element_source_domain = d.pop("data_element_source_domain")

        data_element_source_ids = d.pop("data_element_source_ids")

        batch_data_element_by_source_form = cls(
            data_element_source_domain=data_element_source_domain,
            data_element_source_ids=data_element_source_ids,
        )

        return batch_data_element_by_source_form
