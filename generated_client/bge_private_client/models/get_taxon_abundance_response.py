from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination import Pagination


T = TypeVar("T", bound="GetTaxonAbundanceResponse")


@_attrs_define
class GetTaxonAbundanceResponse:
    """
    Attributes:
        code (int): 0 on success, otherwise an error code (返回码). An open enum: one of `ErrorCode`, or a code the
            platform added later, which is an error like any other. A client must not reject an answer for a code it does
            not know.
        msg (str): A human-readable message (返回信息).
        data (Any | Unset): The operation's result; null on errors and for some operations (返回数据).
        pagination (None | Pagination | Unset): Where this page stands; on every success answer, absent from error
            answers.
    """

    code: int
    msg: str
    data: Any | Unset = UNSET
    pagination: None | Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pagination import Pagination

        code = self.code

        msg = self.msg

        data = self.data

        pagination: dict[str, Any] | None | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        elif isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pagination import Pagination

        d = dict(src_dict)
        code = d.pop("code")

        msg = d.pop("msg")

        data = d.pop("data", UNSET)

        def _parse_pagination(data: object) -> None | Pagination | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pagination_type_0 = Pagination.from_dict(data)

                return pagination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Pagination | Unset, data)

        pagination = _parse_pagination(d.pop("pagination", UNSET))

        get_taxon_abundance_response = cls(
            code=code,
            msg=msg,
            data=data,
            pagination=pagination,
        )

        get_taxon_abundance_response.additional_properties = d
        return get_taxon_abundance_response

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
