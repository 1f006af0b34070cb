"""Python SDK for the BGE private platform, generated from openapi.yaml.

from bge_private import PrivateAPI
with PrivateAPI(app_key, app_secret) as private:
    print(private.question_size("5c033e04f89dd15e44d48b7d"))
"""

from ._client import AsyncPrivateAPI, PrivateAPI
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    BGEError,
    InvalidResponseError,
    OutcomeUnknownError,
    RequestValidationError,
)
from ._model import Model
from ._version import __version__

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPrivateAPI",
    "BGEError",
    "InvalidResponseError",
    "Model",
    "OutcomeUnknownError",
    "PrivateAPI",
    "RequestValidationError",
    "__version__",
]
