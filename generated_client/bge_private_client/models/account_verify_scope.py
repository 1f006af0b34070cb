from enum import StrEnum


class AccountVerifyScope(StrEnum):
    LOGIN = "login"
    REGISTER = "register"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
