"""What the generated method layer (_generated.py) calls: one entry point per client kind."""

from __future__ import annotations

import difflib
import inspect
import os
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import IO, Any

from ._errors import RequestValidationError

# A file part: a path to read, the bytes themselves, or an open binary file.
FileInput = str | os.PathLike[str] | bytes | IO[bytes]


class _Caller:
    def _bad_choice(self, method: str, choices: str) -> RequestValidationError:
        return RequestValidationError(
            [f"the arguments choose no operation; give one of: {choices}"],
            operation=f"{type(self).__name__}.{method}",
        )

    def _unexpected(
        self,
        method: str,
        unexpected: Mapping[str, Any],
        operation: str,
        fields: Mapping[str, Any],
    ) -> RequestValidationError:
        """The error for keywords the method does not take (with the closest ones it does),
        listing too what is wrong with the fields it does take: one error says it all."""
        from ._operations import operation as find_operation

        known = [
            name
            for name, parameter in inspect.signature(getattr(type(self), method)).parameters.items()
            if parameter.kind
            in (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
            and name != "self"
        ]
        named = []
        for name in sorted(unexpected):
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
            named.append(f"{name} (did you mean {close[0]}?)" if close else name)
        problems = [
            "arguments: unexpected field(s) " + ", ".join(named),
            *find_operation(operation).problems(fields),
        ]
        return RequestValidationError(problems, operation=f"{type(self).__name__}.{method}")


class SyncCaller(_Caller):
    """Base of the generated blocking methods; PrivateAPI provides the entry points."""

    def _invoke(
        self,
        operation: str,
        fields: Mapping[str, Any],
        returns: str,
        path: Mapping[str, Any] | None,
    ) -> Any:
        raise NotImplementedError

    def _iterate(
        self, operation: str, fields: Mapping[str, Any], path: Mapping[str, Any] | None
    ) -> Iterator[Any]:
        raise NotImplementedError


class AsyncCaller(_Caller):
    """Base of the generated coroutine methods; AsyncPrivateAPI provides the entry points."""

    async def _ainvoke(
        self,
        operation: str,
        fields: Mapping[str, Any],
        returns: str,
        path: Mapping[str, Any] | None,
    ) -> Any:
        raise NotImplementedError

    def _aiterate(
        self, operation: str, fields: Mapping[str, Any], path: Mapping[str, Any] | None
    ) -> AsyncIterator[Any]:
        raise NotImplementedError
