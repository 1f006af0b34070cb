from enum import IntEnum


class BgicoinOrderType(IntEnum):
    VALUE_4 = 4
    VALUE_5 = 5
    VALUE_6 = 6

    def __str__(self) -> str:
        return str(self.value)
