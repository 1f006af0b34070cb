from enum import StrEnum


class GetFuncAbundanceFormCatalog(StrEnum):
    EGGNOG = "eggnog"
    GO = "go"
    KEGG_MDL = "kegg-mdl"
    KEGG_PWY = "kegg-pwy"
    KO = "ko"
    LEVEL4EC = "level4ec"
    METACYC_PWY = "metacyc-pwy"
    METACYC_RXN = "metacyc-rxn"
    PFAM = "pfam"

    def __str__(self) -> str:
        return str(self.value)
