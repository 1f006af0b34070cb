"""Writes tests/data/signature_vectors.json: signing vectors computed by the reference SDK.

The reference `private_sdk` (PyPI `bge-private-sdk`, a dev dependency) is the ground truth of
the platform's signing; this script runs its `Signature` over fixed inputs so that the vectors
can be reproduced by anyone with the dev extra installed:

    .venv/bin/python tests/data/make_signature_vectors.py           # rewrite the file
    .venv/bin/python tests/data/make_signature_vectors.py --check   # fail if it differs
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from private_sdk.signature import Signature

OUT = Path(__file__).resolve().parent / "signature_vectors.json"

SECRETS = [
    "kErUUQb5fkaNhCNwoloRMZM8BCbBK4gZiiwljB7wJ4p3xsH24Ma8k2UFAouFyUHZBRqB73fMrMYLK7oOcqjxXViW"
    "CHZYxCc56L5D0UQfcBgxXixy9pMDh3YusnUDAcsG",
    "s3cr3t",
    # Non-ASCII, `&`, spaces and `+` in the secret: the key is the secret's UTF-8 bytes plus "&".
    "密钥&with spaces+plus",
]

# The fields the transport adds; fixed here so that the vectors are reproducible.
SIGNING = {
    "app_key": "F4QPfredao9slVB2ua4vVeOryOHsSsC62wM1TUmm",
    "signature_nonce": "4f0f3c1e9d8b4a7c8e6d5b4a3c2d1e0f",
    "timestamp": "2026-11-22T08:00:00Z",
}

# Each operation's own fields, as a caller passes them (numbers stay numbers: the reference
# signs `str(value)`, and a None value is neither sent nor signed).
FORMS: list[dict[str, Any]] = [
    {"biosample_id": "E-B19137107158,E-F19955300137,E-B19692615052"},
    {
        "biosample_site": 11,
        "project_id": "P-W19770800157",
        "external_sample_id": "S0ad004",
        "depth": 46.612,
    },
    {"biosample_id": "E-B19137107158", "depth": 1},
    {"task_id": "69909614-9e77-4fbd-b437-4f5b284e3dcc"},
    {"project_ids": "P-W19126783988"},
    {
        "AND": '[{"data_element_identifier_de": "50d78d39-baf7-43c7-aab1-52704b9ab180", '
        '"operator": "=", "concept_code": "c1"}]',
        "page": 1,
        "limit": 50,
    },
    {
        "AND": '[{"data_element_identifier_de": "x", "operator": "=", "content": "华小胖"}]',
        "OR": "null",
    },
    {"user_id": "5c033e04f89dd15e44d48b7d"},
    {"external_sample_id": "a b~c*d'e(f)g!h", "page": 2, "limit": 10},
    {"q": "100% & =+/?#[]@", "empty": ""},
    {"emoji": "样品🧬", "skipped": None},
    {"Z": "upper", "a": "lower", "_": "underscore", "A_b": "mixed"},
    {},
]


def vectors() -> dict[str, Any]:
    """Every secret with every form, signed by the reference SDK."""
    out = []
    for secret in SECRETS:
        signer = Signature(secret)
        for form in FORMS:
            params = {**SIGNING, **form}
            out.append(
                {
                    "app_secret": secret,
                    "params": params,
                    "string_to_sign": signer._get_stringtosign(params),
                    "sign": signer.sign(params),
                }
            )
    return {
        "algorithm": "HMAC-SHA1 request signing, as private_sdk.signature.Signature computes it",
        "generated_by": "tests/data/make_signature_vectors.py",
        "vectors": out,
    }


def render() -> str:
    return json.dumps(vectors(), indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args()
    text = render()
    if args.check:
        if OUT.read_text("utf-8") != text:
            print(f"{OUT} is not what the reference SDK produces; rerun without --check")
            return 1
        print(f"{OUT}: up to date ({len(vectors()['vectors'])} vectors)")
        return 0
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
