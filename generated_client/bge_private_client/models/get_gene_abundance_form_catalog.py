from enum import StrEnum


class GetGeneAbundanceFormCatalog(StrEnum):
    IGC_9_9M = "IGC_9.9M"
    UNIREF90_HUMANN2_0_11 = "UniRef90_HUMAnN2_0.11"

    def __str__(self) -> str:
        return str(self.value)
