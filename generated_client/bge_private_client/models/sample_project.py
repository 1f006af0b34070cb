from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_element_ref import DataElementRef


T = TypeVar("T", bound="SampleProject")


@_attrs_define
class SampleProject:
    """A project the sample belongs to (样品所属项目).

    Attributes:
        project_id (str): A project id, `P-` + one capital letter + 11 digits (项目编号).
        project_name (str): Project name (项目名称).
        project_omic (str): The omic of the project, e.g. `metagenomics` (组学类型).
        public_description (str): Public description (公开描述).
        consortium (str): Consortium (联盟).
        data_provider (str): Data provider (数据提供方).
        release_survey_id (int | None): The released survey bound to the project (已发布问卷 id).
        data_element (list[DataElementRef]): Data elements bound to the project (数据元).
    """

    project_id: str
    project_name: str
    project_omic: str
    public_description: str
    consortium: str
    data_provider: str
    release_survey_id: int | None
    data_element: list[DataElementRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        project_name = self.project_name

        project_omic = self.project_omic

        public_description = self.public_description

        consortium = self.consortium

        data_provider = self.data_provider

        release_survey_id: int | None
        release_survey_id = self.release_survey_id

        data_element = []
        for data_element_item_data in self.data_element:
            data_element_item = data_element_item_data.to_dict()
            data_element.append(data_element_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "project_name": project_name,
                "project_omic": project_omic,
                "public_description": public_description,
                "consortium": consortium,
                "data_provider": data_provider,
                "release_survey_id": release_survey_id,
                "data_element": data_element,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_element_ref import DataElementRef

        d = dict(src_dict)
        project_id = d.pop("project_id")

        project_name = d.pop("project_name")

        project_omic = d.pop("project_omic")

        public_description = d.pop("public_description")

        consortium = d.pop("consortium")

        data_provider = d.pop("data_provider")

        def _parse_release_survey_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        release_survey_id = _parse_release_survey_id(d.pop("release_survey_id"))

        data_element = []
        _data_element = d.pop("data_element")
        for data_element_item_data in _data_element:
            data_element_item = DataElementRef.from_dict(data_element_item_data)

            data_element.append(data_element_item)

        sample_project = cls(
            project_id=project_id,
            project_name=project_name,
            project_omic=project_omic,
            public_description=public_description,
            consortium=consortium,
            data_provider=data_provider,
            release_survey_id=release_survey_id,
            data_element=data_element,
        )

        sample_project.additional_properties = d
        return sample_project

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
