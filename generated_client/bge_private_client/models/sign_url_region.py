from enum import StrEnum


class SignUrlRegion(StrEnum):
    DOMESTIC = "domestic"
    INTERNATIONAL = "international"

    def __str__(self) -> str:
        return str(self.value)
