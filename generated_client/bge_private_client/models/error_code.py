from enum import IntEnum


class ErrorCode(IntEnum):
    VALUE_0 = 0
    VALUE_40001 = 40001
    VALUE_40101 = 40101
    VALUE_40102 = 40102
    VALUE_40103 = 40103
    VALUE_40104 = 40104
    VALUE_40105 = 40105
    VALUE_40401 = 40401
    VALUE_40901 = 40901
    VALUE_41301 = 41301
    VALUE_42901 = 42901
    VALUE_50001 = 50001
    VALUE_50301 = 50301

    def __str__(self) -> str:
        return str(self.value)
