from enum import StrEnum


class DataElementSearchFormTypes(StrEnum):
    COLLECTION = "collection"
    DATA_ELEMENT = "data_element"
    DATA_ELEMENTCOLLECTION = "data_element,collection"

    def __str__(self) -> str:
        return str(self.value)
