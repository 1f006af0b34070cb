from enum import IntEnum


class BgicoinOrderType(IntEnum):
    ORDER_ONLINE = 4
    ORDER_HEALTH_CHECK = 5
    ORDER_OFFLINE = 6

    def __str__(self) -> str:
        return str(self.value)
