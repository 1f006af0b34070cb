from enum import IntEnum


class ErrorCode(IntEnum):
    OK = 0
    INVALID_ARGUMENT = 40001
    SIGNING_FIELD_MISSING = 40101
    UNKNOWN_APP_KEY = 40102
    WRONG_SIGN = 40103
    STALE_TIMESTAMP = 40104
    NONCE_REUSED = 40105
    NOT_FOUND = 40401
    CONFLICT = 40901
    BODY_TOO_LARGE = 41301
    TOO_MANY_REQUESTS = 42901
    INTERNAL_ERROR = 50001
    SERVICE_BUSY = 50301

    def __str__(self) -> str:
        return str(self.value)
