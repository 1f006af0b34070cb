"""A local, stateful copy of the BGE private platform, driven by the SDK's openapi.yaml."""

from __future__ import annotations

from .app import create_app
from .credentials import DEMO_APP_KEY, DEMO_APP_SECRET
from .faults import FaultConfig, FaultKind
from .store import Store

__version__ = "0.1.0"

__all__ = [
    "DEMO_APP_KEY",
    "DEMO_APP_SECRET",
    "FaultConfig",
    "FaultKind",
    "Store",
    "__version__",
    "create_app",
]
