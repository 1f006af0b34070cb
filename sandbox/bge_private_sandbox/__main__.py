"""`python -m bge_private_sandbox`: the same as the `bge-private-sandbox` command."""

from __future__ import annotations

import sys

from .cli import main

sys.exit(main())
