from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.batch_trace import BatchTrace


T = TypeVar("T", bound="DataItemChangeList")


@_attrs_define
class DataItemChangeList:
    """The data elements whose items changed in a batch range (数据发生变更过的数据元编号列表).

    Attributes:
        biosample_id (None | str): The sample asked for (生物样品编号); null when the call named none (every sample's
            changes).
        data_element_ids (list[str]): The data elements whose items changed.
        next_page_key (None | str): The cursor of the next page; null at the end.
        to_batch_no (int | None): Last batch of the range, as the platform took it.
        from_batch_no (int | None): First batch of the range, as the platform took it.
        batch_trace (BatchTrace): Where the range lies among the batches; null where there is none.
    """

    biosample_id: None | str
    data_element_ids: list[str]
    next_page_key: None | str
    to_batch_no: int | None
    from_batch_no: int | None
    batch_trace: BatchTrace
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biosample_id: None | str
        biosample_id = self.biosample_id

        data_element_ids = self.data_element_ids

        next_page_key: None | str
        next_page_key = self.next_page_key

        to_batch_no: int | None
        to_batch_no = self.to_batch_no

        from_batch_no: int | None
        from_batch_no = self.from_batch_no

        batch_trace = self.batch_trace.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "biosample_id": biosample_id,
                "data_element_ids": data_element_ids,
                "next_page_key": next_page_key,
                "to_batch_no": to_batch_no,
                "from_batch_no": from_batch_no,
                "batch_trace": batch_trace,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_trace import BatchTrace

        d = dict(src_dict)

        def _parse_biosample_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        biosample_id = _parse_biosample_id(d.pop("biosample_id"))

        data_element_ids = cast(list[str], d.pop("data_element_ids"))

        def _parse_next_page_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_page_key = _parse_next_page_key(d.pop("next_page_key"))

        def _parse_to_batch_no(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        to_batch_no = _parse_to_batch_no(d.pop("to_batch_no"))

        def _parse_from_batch_no(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        from_batch_no = _parse_from_batch_no(d.pop("from_batch_no"))

        batch_trace = BatchTrace.from_dict(d.pop("batch_trace"))

        data_item_change_list = cls(
            biosample_id=biosample_id,
            data_element_ids=data_element_ids,
            next_page_key=next_page_key,
            to_batch_no=to_batch_no,
            from_batch_no=from_batch_no,
            batch_trace=batch_trace,
        )

        data_item_change_list.additional_properties = d
        return data_item_change_list

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
