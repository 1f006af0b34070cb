from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.alignment import Alignment
    from ..models.external_sample_id import ExternalSampleId
    from ..models.library import Library
    from ..models.sample_project import SampleProject
    from ..models.sequencing import Sequencing
    from ..models.statistics import Statistics


T = TypeVar("T", bound="Sample")


@_attrs_define
class Sample:
    """A sample record with its sequencing and QC metadata (样品).

    Attributes:
        external_sample_id (ExternalSampleId): The ids the data provider's own system gives the sample (外部样品编号).
        biosample_id (str): A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
        library (Library): How the sequencing library was built (文库信息).
        sequencing (Sequencing): The sequencing run and raw/clean data QC (测序信息).
        statistics (Statistics): Summary statistics of the data (统计信息).
        alignment (Alignment): Alignment QC (比对信息).
        budget_execution_unit_id (None | str): The budget execution unit paying for the sample (预算执行单元).
        status (int): The sample's processing state; -1 when not yet received (样品状态).
        l3_availability (bool): Whether level-3 data is available (L3 数据是否可用).
        sample_time (None | str): When the sample was taken (采样时间).
        create_time (str): When the record was created, UTC (创建时间).
        update_time (str): When the record last changed, UTC (更新时间).
        biosample_site (int): Where the sample was taken, a code from 1 to 14 (采样部位，取值范围：1-14).
        project (list[SampleProject]): The projects the sample belongs to (所属项目).
    """

    external_sample_id: ExternalSampleId
    biosample_id: str
    library: Library
    sequencing: Sequencing
    statistics: Statistics
    alignment: Alignment
    budget_execution_unit_id: None | str
    status: int
    l3_availability: bool
    sample_time: None | str
    create_time: str
    update_time: str
    biosample_site: int
    project: list[SampleProject]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_sample_id = self.external_sample_id.to_dict()

        biosample_id = self.biosample_id

        library = self.library.to_dict()

        sequencing = self.sequencing.to_dict()

        statistics = self.statistics.to_dict()

        alignment = self.alignment.to_dict()

        budget_execution_unit_id: None | str
        budget_execution_unit_id = self.budget_execution_unit_id

        status = self.status

        l3_availability = self.l3_availability

        sample_time: None | str
        sample_time = self.sample_time

        create_time = self.create_time

        update_time = self.update_time

        biosample_site = self.biosample_site

        project = []
        for project_item_data in self.project:
            project_item = project_item_data.to_dict()
            project.append(project_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_sample_id": external_sample_id,
                "biosample_id": biosample_id,
                "library": library,
                "sequencing": sequencing,
                "statistics": statistics,
                "alignment": alignment,
                "budget_execution_unit_id": budget_execution_unit_id,
                "status": status,
                "l3_availability": l3_availability,
                "sample_time": sample_time,
                "create_time": create_time,
                "update_time": update_time,
                "biosample_site": biosample_site,
                "project": project,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alignment import Alignment
        from ..models.external_sample_id import ExternalSampleId
        from ..models.library import Library
        from ..models.sample_project import SampleProject
        from ..models.sequencing import Sequencing
        from ..models.statistics import Statistics

        d = dict(src_dict)
        external_sample_id = ExternalSampleId.from_dict(d.pop("external_sample_id"))

        biosample_id = d.pop("biosample_id")

        library = Library.from_dict(d.pop("library"))

        sequencing = Sequencing.from_dict(d.pop("sequencing"))

        statistics = Statistics.from_dict(d.pop("statistics"))

        alignment = Alignment.from_dict(d.pop("alignment"))

        def _parse_budget_execution_unit_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        budget_execution_unit_id = _parse_budget_execution_unit_id(d.pop("budget_execution_unit_id"))

        status = d.pop("status")

        l3_availability = d.pop("l3_availability")

        def _parse_sample_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sample_time = _parse_sample_time(d.pop("sample_time"))

        create_time = d.pop("create_time")

        update_time = d.pop("update_time")

        biosample_site = d.pop("biosample_site")

        project = []
        _project = d.pop("project")
        for project_item_data in _project:
            project_item = SampleProject.from_dict(project_item_data)

            project.append(project_item)

        sample = cls(
            external_sample_id=external_sample_id,
            biosample_id=biosample_id,
            library=library,
            sequencing=sequencing,
            statistics=statistics,
            alignment=alignment,
            budget_execution_unit_id=budget_execution_unit_id,
            status=status,
            l3_availability=l3_availability,
            sample_time=sample_time,
            create_time=create_time,
            update_time=update_time,
            biosample_site=biosample_site,
            project=project,
        )

        sample.additional_properties = d
        return sample

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
