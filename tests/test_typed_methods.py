"""The generated methods have real signatures: type checkers and help() see every field."""

from __future__ import annotations

import inspect
import textwrap
from pathlib import Path

import pytest
from mypy import api as mypy_api

from bge_private import AsyncPrivateAPI, PrivateAPI, RequestValidationError

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_rejects_a_misspelt_field_and_accepts_the_right_one(tmp_path: Path) -> None:
    snippet = tmp_path / "uses_sdk.py"
    snippet.write_text(
        textwrap.dedent(
            """
            from bge_private import PrivateAPI

            private = PrivateAPI("key", "secret")
            good = private.register_sample(11, "P-W19770800157", depth=3.5)
            bad = private.register_sample(11, "P-W19770800157", dpeth=3)
            site: int = private.register_sample("eleven", "P-W19770800157")
            """
        )
    )
    out, _err, status = mypy_api.run(
        ["--strict", "--no-error-summary", "--cache-dir", str(ROOT / ".mypy_cache"), str(snippet)]
    )
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1
    assert any(":6:" in line and "dpeth" in line for line in errors), out
    assert any(":7:" in line and 'type "str"; expected "int"' in line for line in errors), out
    assert any(":7:" in line and 'has type "Model"' in line for line in errors), out
    assert not any(":5:" in line for line in errors), out


def test_signatures_and_help_show_fields_and_model() -> None:
    signature = inspect.signature(PrivateAPI.register_sample)
    names = list(signature.parameters)
    assert names[:3] == ["self", "biosample_site", "project_id"]
    assert signature.parameters["depth"].kind is inspect.Parameter.KEYWORD_ONLY
    assert signature.return_annotation == "Model"
    doc = inspect.getdoc(PrivateAPI.register_sample) or ""
    assert "depth:" in doc and "Register a new sample" in doc
    text = PrivateAPI.register_sample.__doc__ or ""
    assert "biosample_site:" in text
    assert inspect.iscoroutinefunction(AsyncPrivateAPI.register_sample)
    assert inspect.iscoroutinefunction(AsyncPrivateAPI.question_size)


def test_an_unknown_keyword_is_a_request_validation_error_at_run_time() -> None:
    with (
        PrivateAPI("key", "secret", endpoint="http://127.0.0.1:9") as private,
        pytest.raises(RequestValidationError) as caught,
    ):
        private.register_sample(11, "P-W19770800157", dpeth=3)  # type: ignore[arg-type]
    assert "dpeth" in str(caught.value)
