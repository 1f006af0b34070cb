from enum import StrEnum


class GetGeneAbundanceFormDataType(StrEnum):
    FILE = "file"
    LIST = "list"

    def __str__(self) -> str:
        return str(self.value)
