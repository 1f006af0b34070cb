from enum import IntEnum


class RetryableErrorCode(IntEnum):
    RETRY_TOO_MANY_REQUESTS = 42901
    RETRY_SERVICE_BUSY = 50301

    def __str__(self) -> str:
        return str(self.value)
