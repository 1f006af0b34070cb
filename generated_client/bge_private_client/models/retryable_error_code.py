from enum import IntEnum


class RetryableErrorCode(IntEnum):
    VALUE_42901 = 42901
    VALUE_50301 = 50301

    def __str__(self) -> str:
        return str(self.value)
