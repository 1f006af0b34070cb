from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Library")


@_attrs_define
class Library:
    """How the sequencing library was built (文库信息).

    Attributes:
        library_id (None | str): Library id (文库编号).
        library_strategy (None | str): Sequencing strategy, e.g. `WGS` (建库策略).
        library_source (None | str): Source material, e.g. `METAGENOMIC` (文库来源).
        library_selection (None | str): Selection method, e.g. `RANDOM` (文库选择方法).
        library_layout (None | str): `SINGLE` or `PAIRED` (单端或双端).
        insert_size (int | None): Insert size in bp (插入片段长度).
        nominal_size (int | None): Nominal fragment size in bp (标称片段长度).
        dnb_id (None | str): DNA nanoball id (DNB 编号).
    """

    library_id: None | str
    library_strategy: None | str
    library_source: None | str
    library_selection: None | str
    library_layout: None | str
    insert_size: int | None
    nominal_size: int | None
    dnb_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        library_id: None | str
        library_id = self.library_id

        library_strategy: None | str
        library_strategy = self.library_strategy

        library_source: None | str
        library_source = self.library_source

        library_selection: None | str
        library_selection = self.library_selection

        library_layout: None | str
        library_layout = self.library_layout

        insert_size: int | None
        insert_size = self.insert_size

        nominal_size: int | None
        nominal_size = self.nominal_size

        dnb_id: None | str
        dnb_id = self.dnb_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "library_id": library_id,
                "library_strategy": library_strategy,
                "library_source": library_source,
                "library_selection": library_selection,
                "library_layout": library_layout,
                "insert_size": insert_size,
                "nominal_size": nominal_size,
                "dnb_id": dnb_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_library_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        library_id = _parse_library_id(d.pop("library_id"))

        def _parse_library_strategy(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        library_strategy = _parse_library_strategy(d.pop("library_strategy"))

        def _parse_library_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        library_source = _parse_library_source(d.pop("library_source"))

        def _parse_library_selection(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        library_selection = _parse_library_selection(d.pop("library_selection"))

        def _parse_library_layout(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        library_layout = _parse_library_layout(d.pop("library_layout"))

        def _parse_insert_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        insert_size = _parse_insert_size(d.pop("insert_size"))

        def _parse_nominal_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        nominal_size = _parse_nominal_size(d.pop("nominal_size"))

        def _parse_dnb_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dnb_id = _parse_dnb_id(d.pop("dnb_id"))

        library = cls(
            library_id=library_id,
            library_strategy=library_strategy,
            library_source=library_source,
            library_selection=library_selection,
            library_layout=library_layout,
            insert_size=insert_size,
            nominal_size=nominal_size,
            dnb_id=dnb_id,
        )

        library.additional_properties = d
        return library

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
