from enum import StrEnum


class CollectionOmic(StrEnum):
    EXPOSOMICS = "exposomics"
    GENOMICS = "genomics"
    METAGENOMICS = "metagenomics"
    MULTIOMICS = "multiomics"
    PHENOMICS = "phenomics"

    def __str__(self) -> str:
        return str(self.value)
