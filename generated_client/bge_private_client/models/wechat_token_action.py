from enum import StrEnum


class WechatTokenAction(StrEnum):
    GET = "get"
    REFRESH = "refresh"

    def __str__(self) -> str:
        return str(self.value)
