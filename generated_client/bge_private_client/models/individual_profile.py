from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.individual_profile_native_place import IndividualProfileNativePlace


T = TypeVar("T", bound="IndividualProfile")


@_attrs_define
class IndividualProfile:
    """The profile of an individual. Fields asked for with `has_generate_time_fields` may bring more members.

    Attributes:
        fundamental_entity_id (str): An individual (subject) id of the platform, a UUID (个体编号).
        birthday (str): Date of birth.
        gender (int): Gender code; the docs' example shows 1 and do not list the codes.
        native_place (IndividualProfileNativePlace): Native place; empty in the docs' example, its members are not
            documented.
        constellation (str): Zodiac sign.
        nation (str): Ethnicity; empty when unknown.
        surname (str): Surname; empty when unknown.
    """

    fundamental_entity_id: str
    birthday: str
    gender: int
    native_place: IndividualProfileNativePlace
    constellation: str
    nation: str
    surname: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fundamental_entity_id = self.fundamental_entity_id

        birthday = self.birthday

        gender = self.gender

        native_place = self.native_place.to_dict()

        constellation = self.constellation

        nation = self.nation

        surname = self.surname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fundamental_entity_id": fundamental_entity_id,
                "birthday": birthday,
                "gender": gender,
                "native_place": native_place,
                "constellation": constellation,
                "nation": nation,
                "surname": surname,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.individual_profile_native_place import (
            IndividualProfileNativePlace,
        )

        d = dict(src_dict)
        fundamental_entity_id = d.pop("fundamental_entity_id")

        birthday = d.pop("birthday")

        gender = d.pop("gender")

        native_place = IndividualProfileNativePlace.from_dict(d.pop("native_place"))

        constellation = d.pop("constellation")

        nation = d.pop("nation")

        surname = d.pop("surname")

        individual_profile = cls(
            fundamental_entity_id=fundamental_entity_id,
            birthday=birthday,
            gender=gender,
            native_place=native_place,
            constellation=constellation,
            nation=nation,
            surname=surname,
        )

        individual_profile.additional_properties = d
        return individual_profile

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
