from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_item_input import DataItemInput


T = TypeVar("T", bound="ImportBatchForm")


@_attrs_define
class ImportBatchForm:
    """The JSON body (its members besides the signing fields).

    Attributes:
        batch_no (int): A batch number, 13 digits (a millisecond timestamp; 批次号).
        data_items (list[DataItemInput]): The data items to import, at most 100 (待导入的数据项列表).
        biosample_id (None | str | Unset): The sample the items belong to (生物样品编号); `null` when none.
    """

    batch_no: int
    data_items: list[DataItemInput]
    biosample_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        batch_no = self.batch_no

        data_items = []
        for data_items_item_data in self.data_items:
            data_items_item = data_items_item_data.to_dict()
            data_items.append(data_items_item)

        biosample_id: None | str | Unset
        if isinstance(self.biosample_id, Unset):
            biosample_id = UNSET
        else:
            biosample_id = self.biosample_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "batch_no": batch_no,
                "data_items": data_items,
            }
        )
        if biosample_id is not UNSET:
            field_dict["biosample_id"] = biosample_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_item_input import DataItemInput

        d = dict(src_dict)
        batch_no = d.pop("batch_no")

        data_items = []
        _data_items = d.pop("data_items")
        for data_items_item_data in _data_items:
            data_items_item = DataItemInput.from_dict(data_items_item_data)

            data_items.append(data_items_item)

        def _parse_biosample_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        biosample_id = _parse_biosample_id(d.pop("biosample_id", UNSET))

        import_batch_form = cls(
            batch_no=batch_no,
            data_items=data_items,
            biosample_id=biosample_id,
        )

        return import_batch_form
