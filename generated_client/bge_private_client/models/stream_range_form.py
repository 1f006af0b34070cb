from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.stream_range_form_sort_direction import StreamRangeFormSortDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamRangeForm")


@_attrs_define
class StreamRangeForm:
    """Exactly one of `fundamental_entity_id` and `biosample_id` must be given.

    Attributes:
        namespace (str): A namespace of data items and streams (命名空间), e.g. `KB-BGE`, `BGE_DEVELOPER_PLATFORM`,
            `WGSAI3.0-L-FULL`.
        data_element_id (str): A data element id, a UUID (数据元编号).
        fundamental_entity_id (str | Unset): An individual (subject) id of the platform, a UUID (个体编号).
        biosample_id (str | Unset): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
        start_time (str | Unset): The earliest generation time, inclusive, in one of the platform's date formats.
        end_time (str | Unset): The latest generation time, inclusive, in one of the platform's date formats.
        sort_direction (StreamRangeFormSortDirection | Unset): Order by generation time; newest first by default.
            Default: StreamRangeFormSortDirection.DESC.
        next_page (str | Unset): The cursor of the page to answer: the previous answer's `next_page`.
        limit (int | Unset): Records per page, at most 100.
    """

    namespace: str
    data_element_id: str
    fundamental_entity_id: str | Unset = UNSET
    biosample_id: str | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    sort_direction: StreamRangeFormSortDirection | Unset = StreamRangeFormSortDirection.DESC
    next_page: str | Unset = UNSET
    limit: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        data_element_id = self.data_element_id

        fundamental_entity_id = self.fundamental_entity_id

        biosample_id = self.biosample_id

        start_time = self.start_time

        end_time = self.end_time

        sort_direction: str | Unset = UNSET
        if not isinstance(self.sort_direction, Unset):
            sort_direction = self.sort_direction.value

        next_page = self.next_page

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "namespace": namespace,
                "data_element_id": data_element_id,
            }
        )
        if fundamental_entity_id is not UNSET:
            field_dict["fundamental_entity_id"] = fundamental_entity_id
        if biosample_id is not UNSET:
            field_dict["biosample_id"] = biosample_id
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if sort_direction is not UNSET:
            field_dict["sort_direction"] = sort_direction
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        namespace = d.pop("namespace")

        data_element_id = d.pop("data_element_id")

        fundamental_entity_id = d.pop("fundamental_entity_id", UNSET)

        biosample_id = d.pop("biosample_id", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        _sort_direction = d.pop("sort_direction", UNSET)
        sort_direction: StreamRangeFormSortDirection | Unset
        if isinstance(_sort_direction, Unset):
            sort_direction = UNSET
        else:
            sort_direction = StreamRangeFormSortDirection(_sort_direction)

        next_page = d.pop("next_page", UNSET)

        limit = d.pop("limit", UNSET)

        stream_range_form = cls(
            namespace=namespace,
            data_element_id=data_element_id,
            fundamental_entity_id=fundamental_entity_id,
            biosample_id=biosample_id,
            start_time=start_time,
            end_time=end_time,
            sort_direction=sort_direction,
            next_page=next_page,
            limit=limit,
        )

        return stream_range_form
