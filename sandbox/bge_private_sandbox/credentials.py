"""The demo credentials from the platform's documentation, which the sandbox accepts by default."""

from __future__ import annotations

DEMO_APP_KEY = "F4QPfredao9slVB2ua4vVeOryOHsSsC62wM1TUmm"
DEMO_APP_SECRET = (
    "kErUUQb5fkaNhCNwoloRMZM8BCbBK4gZiiwljB7wJ4p3xsH24Ma8k2UFAouFyUHZBRqB73fMrMYLK7oOcqjxXViWCH"
    "ZYxCc56L5D0UQfcBgxXixy9pMDh3YusnUDAcsG"
)
