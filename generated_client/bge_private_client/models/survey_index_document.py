from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SurveyIndexDocument")


@_attrs_define
class SurveyIndexDocument:
    """A survey as a search index document, keyed by `id`. The fields are those of the documentation's example; others are
    kept (索引内容).

        Attributes:
            id (int): The document's id: the survey's id (问卷编号).
            title (str | Unset): Title (标题).
            description (str | Unset): Description (描述).
            status (int | Unset): The survey's status code (状态).
            is_public (int | Unset): 1 when the survey is public (是否公开).
            developer_id (str | Unset): The developer's id (开发者 id).
            developer_name (str | Unset): The developer's name (开发者名称).
            research_plan_id (int | Unset): The research plan's id (研究计划 id).
            plan_title (str | Unset): The research plan's title (研究计划标题).
            detail_image (str | Unset): Image for the detail page (详情图).
            list_image (str | Unset): Image for lists (列表图).
    """

    id: int
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    status: int | Unset = UNSET
    is_public: int | Unset = UNSET
    developer_id: str | Unset = UNSET
    developer_name: str | Unset = UNSET
    research_plan_id: int | Unset = UNSET
    plan_title: str | Unset = UNSET
    detail_image: str | Unset = UNSET
    list_image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        status = self.status

        is_public = self.is_public

        developer_id = self.developer_id

        developer_name = self.developer_name

        research_plan_id = self.research_plan_id

        plan_title = self.plan_title

        detail_image = self.detail_image

        list_image = self.list_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if developer_id is not UNSET:
            field_dict["developerId"] = developer_id
        if developer_name is not UNSET:
            field_dict["developerName"] = developer_name
        if research_plan_id is not UNSET:
            field_dict["researchPlanId"] = research_plan_id
        if plan_title is not UNSET:
            field_dict["planTitle"] = plan_title
        if detail_image is not UNSET:
            field_dict["detailImage"] = detail_image
        if list_image is not UNSET:
            field_dict["listImage"] = list_image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        status = d.pop("status", UNSET)

        is_public = d.pop("isPublic", UNSET)

        developer_id = d.pop("developerId", UNSET)

        developer_name = d.pop("developerName", UNSET)

        research_plan_id = d.pop("researchPlanId", UNSET)

        plan_title = d.pop("planTitle", UNSET)

        detail_image = d.pop("detailImage", UNSET)

        list_image = d.pop("listImage", UNSET)

        survey_index_document = cls(
            id=id,
            title=title,
            description=description,
            status=status,
            is_public=is_public,
            developer_id=developer_id,
            developer_name=developer_name,
            research_plan_id=research_plan_id,
            plan_title=plan_title,
            detail_image=detail_image,
            list_image=list_image,
        )

        survey_index_document.additional_properties = d
        return survey_index_document

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
