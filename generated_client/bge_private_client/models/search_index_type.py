from enum import StrEnum


class SearchIndexType(StrEnum):
    SURVEY = "survey"

    def __str__(self) -> str:
        return str(self.value)
