"""The offline API reference: Swagger UI's files from the swagger-ui-py package, and its page."""

from __future__ import annotations

import html
import importlib.util
from pathlib import Path

STATIC_PREFIX = "/doc/static"


def swagger_ui_directory() -> Path:
    """Where the installed swagger-ui-py package keeps the Swagger UI distribution."""
    # find_spec locates the package without importing it (and its web-framework glue).
    spec = importlib.util.find_spec("swagger_ui")
    locations = spec.submodule_search_locations if spec is not None else None
    if not locations:
        raise RuntimeError("the swagger-ui-py package is not installed")
    directory = Path(next(iter(locations))) / "static"
    if not (directory / "swagger-ui-bundle.js").is_file():
        raise RuntimeError(f"no Swagger UI files in {directory}")
    return directory


def reference_page(title: str, spec_url: str) -> str:
    """An HTML page that renders the spec at `spec_url` with the locally served Swagger UI."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
<link rel="stylesheet" href="{STATIC_PREFIX}/swagger-ui.css">
<link rel="icon" type="image/png" href="{STATIC_PREFIX}/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{STATIC_PREFIX}/swagger-ui-bundle.js"></script>
<script>
window.ui = SwaggerUIBundle({{
  url: {_js_string(spec_url)},
  dom_id: "#swagger-ui",
  deepLinking: true,
  // Requests need a signature that a browser cannot compute, so "Try it out" is off; and no
  // validator badge, which would be fetched from the internet.
  supportedSubmitMethods: [],
  validatorUrl: null
}});
</script>
</body>
</html>
"""


def _js_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\u003c")
    return f'"{escaped}"'
