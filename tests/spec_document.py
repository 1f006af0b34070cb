"""openapi.yaml as the tests read it: parsed once per process (with libyaml when PyYAML has
it), a fresh deep copy for each caller so that no test can change another's."""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import yaml

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"


@functools.cache
def _parsed() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document: dict[str, Any] = yaml.load(SPEC_PATH.read_text(encoding="utf-8"), Loader=loader)
    return document


def load_spec() -> dict[str, Any]:
    """The bundled openapi.yaml, parsed."""
    return copy.deepcopy(_parsed())
