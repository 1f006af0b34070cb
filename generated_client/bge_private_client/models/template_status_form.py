from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TemplateStatusForm")


@_attrs_define
class TemplateStatusForm:
    """
    Attributes:
        template_codes (str): Codes of the templates, presumably separated by commas (短信模板code).
    """

    template_codes: str

    def to_dict(self) -> dict[str, Any]:
        template_codes = self.template_codes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "template_codes": template_codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        template_codes = d.pop("template_codes")

        template_status_form = cls(
            template_codes=template_codes,
        )

        return template_status_form
