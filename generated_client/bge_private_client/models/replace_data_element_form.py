from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.replace_data_element_form_columns import ReplaceDataElementFormColumns


T = TypeVar("T", bound="ReplaceDataElementForm")


@_attrs_define
class ReplaceDataElementForm:
    """
    Attributes:
        data_element_source_domain (str): The source domain of a data element (数据元来源域), e.g. `human_9606_b151_GRCh38p7`
            (dbSNP build 151 on GRCh38) or `icd_11`.
        data_element_source_id (str): The id of a data element inside its source domain (数据元来源编号), e.g. an rs id.
        columns (ReplaceDataElementFormColumns): The attributes of the data element to set (需要更新或创建的数据元属性), sent as JSON
            text; the members are those of `DataElement`.
    """

    data_element_source_domain: str
    data_element_source_id: str
    columns: ReplaceDataElementFormColumns

    def to_dict(self) -> dict[str, Any]:
        data_element_source_domain = self.data_element_source_domain

        data_element_source_id = self.data_element_source_id

        columns = self.columns.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data_element_source_domain": data_element_source_domain,
                "data_element_source_id": data_element_source_id,
                "columns": columns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.replace_data_element_form_columns import (
            ReplaceDataElementFormColumns,
        )

        d = dict(src_dict)
        data_element_source_domain = d.pop("data_element_source_domain")

        data_element_source_id = d.pop("data_element_source_id")

        columns = ReplaceDataElementFormColumns.from_dict(d.pop("columns"))

        replace_data_element_form = cls(
            data_element_source_domain=data_element_source_domain,
            data_element_source_id=data_element_source_id,
            columns=columns,
        )

        return replace_data_element_form
