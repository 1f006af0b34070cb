"""Where each sample attribute lives in the record, read from the generated models."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from pydantic import BaseModel, TypeAdapter

from .models import Sample, SampleAttributes, SampleProject
from .spec import SpecError

# Fields of Sample that are relations (kept in their own table), not values of the sample.
RELATION_FIELDS = frozenset({"project"})
_COLUMN_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


@dataclass(frozen=True)
class Place:
    """Where a value sits in a Sample: `group` is the sub-object's field (None at top level)."""

    group: str | None
    name: str

    def __str__(self) -> str:
        return self.name if self.group is None else f"{self.group}.{self.name}"


def _sub_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


@cache
def sample_places() -> dict[str, Place]:
    """Every scalar value of a Sample, by its (unique) leaf name, in the model's order.

    The leaf name is also the SQLite column that holds it.
    """
    places: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        if name in places:
            raise SpecError(f"Sample has two values named {name!r} ({places[name]}, {place})")
        if not _COLUMN_NAME.match(name):
            raise SpecError(f"Sample field {name!r} cannot be a column name")
        places[name] = place

    for name, field in Sample.model_fields.items():
        if name in RELATION_FIELDS:
            continue
        group = _sub_model(field.annotation)
        if group is None:
            add(name, Place(None, name))
        else:
            for leaf in group.model_fields:
                add(leaf, Place(name, leaf))
    return places


@cache
def attribute_places() -> dict[str, Place]:
    """Each SampleAttributes field and where it is stored in the sample record."""
    places = sample_places()
    missing = [name for name in SampleAttributes.model_fields if name not in places]
    if missing:
        raise SpecError(f"SampleAttributes fields with no place in Sample: {', '.join(missing)}")
    return {name: places[name] for name in SampleAttributes.model_fields}


class Row(Protocol):
    """A stored row: anything that gives a column's value by name (a dict, an sqlite3.Row)."""

    def __getitem__(self, column: str, /) -> Any: ...


@cache
def _attribute_adapter(name: str) -> TypeAdapter[Any]:
    annotation = SampleAttributes.model_fields[name].annotation
    if annotation is None:
        raise SpecError(f"SampleAttributes.{name} has no type")
    return TypeAdapter(annotation)


def given_attributes(form: BaseModel) -> dict[str, Any]:
    """The sample attributes a form gives, as JSON values ready to store."""
    names = [name for name in attribute_places() if name in form.model_fields_set]
    dumped = form.model_dump(mode="json", include=set(names))
    return {name: dumped[name] for name in names if dumped[name] is not None}


def is_empty(value: Any) -> bool:
    """Whether a stored value counts as "no value yet" (the seeds hold both null and "")."""
    return value is None or value == ""


def same_value(name: str, stored: Any, given: Any) -> bool:
    """Whether two JSON values of attribute `name` mean the same (1 == 1.0, equal instants)."""
    adapter = _attribute_adapter(name)
    return bool(adapter.validate_python(stored) == adapter.validate_python(given))


def row_from_sample(sample: Sample) -> dict[str, Any]:
    """A Sample as a flat row of JSON scalars keyed by column."""
    dumped = sample.model_dump(mode="json")
    return {
        column: dumped[column] if place.group is None else dumped[place.group][place.name]
        for column, place in sample_places().items()
    }


def sample_from_row(row: Row, projects: list[SampleProject]) -> Sample:
    """The Sample a flat row (and its projects) stands for, validated by the generated model."""
    data: dict[str, Any] = {"project": projects}
    for column, place in sample_places().items():
        if place.group is None:
            data[column] = row[column]
        else:
            data.setdefault(place.group, {})[place.name] = row[column]
    return Sample.model_validate(data)
