from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.taxon_background_background import TaxonBackgroundBackground


T = TypeVar("T", bound="TaxonBackground")


@_attrs_define
class TaxonBackground:
    """How the abundance compares with a reference cohort.

    Attributes:
        mean (float): Mean abundance in the reference cohort.
        freq (float): Share of the cohort in which the taxon occurs.
        reference_cohort (str): The reference cohort.
        rank_ratio (str): Where the sample ranks in the cohort.
        background (TaxonBackgroundBackground): Percentiles of the cohort's abundance, keyed `0%` ... `100%`.
    """

    mean: float
    freq: float
    reference_cohort: str
    rank_ratio: str
    background: TaxonBackgroundBackground
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mean = self.mean

        freq = self.freq

        reference_cohort = self.reference_cohort

        rank_ratio = self.rank_ratio

        background = self.background.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mean": mean,
                "freq": freq,
                "reference_cohort": reference_cohort,
                "rank_ratio": rank_ratio,
                "background": background,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.taxon_background_background import TaxonBackgroundBackground

        d = dict(src_dict)
        mean = d.pop("mean")

        freq = d.pop("freq")

        reference_cohort = d.pop("reference_cohort")

        rank_ratio = d.pop("rank_ratio")

        background = TaxonBackgroundBackground.from_dict(d.pop("background"))

        taxon_background = cls(
            mean=mean,
            freq=freq,
            reference_cohort=reference_cohort,
            rank_ratio=rank_ratio,
            background=background,
        )

        taxon_background.additional_properties = d
        return taxon_background

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
