from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Batch")


@_attrs_define
class Batch:
    """An import batch (批次).

    Attributes:
        ctime (str): When the batch was registered, `YYYY-MM-DDThh:mm:ss` without a zone.
        batch_no (int): A batch number, 13 digits (a millisecond timestamp; 批次号).
        extracted (bool): Whether the batch's data has been extracted.
        committed (bool): Whether the batch has been pushed by `commit_batch`.
        commit_time (None | str): When it was pushed; null until then.
        namespace (str): The namespace the batch's items go to.
        intro (str): The batch's short description (批次简介).
        name (str): The batch's name: the title it was registered with (批次标题).
    """

    ctime: str
    batch_no: int
    extracted: bool
    committed: bool
    commit_time: None | str
    namespace: str
    intro: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ctime = self.ctime

        batch_no = self.batch_no

        extracted = self.extracted

        committed = self.committed

        commit_time: None | str
        commit_time = self.commit_time

        namespace = self.namespace

        intro = self.intro

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ctime": ctime,
                "batch_no": batch_no,
                "extracted": extracted,
                "committed": committed,
                "commit_time": commit_time,
                "namespace": namespace,
                "intro": intro,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ctime = d.pop("ctime")

        batch_no = d.pop("batch_no")

        extracted = d.pop("extracted")

        committed = d.pop("committed")

        def _parse_commit_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        commit_time = _parse_commit_time(d.pop("commit_time"))

        namespace = d.pop("namespace")

        intro = d.pop("intro")

        name = d.pop("name")

        batch = cls(
            ctime=ctime,
            batch_no=batch_no,
            extracted=extracted,
            committed=committed,
            commit_time=commit_time,
            namespace=namespace,
            intro=intro,
            name=name,
        )

        batch.additional_properties = d
        return batch

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
