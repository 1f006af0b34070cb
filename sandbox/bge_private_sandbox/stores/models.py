"""The models family's state: models, their draft and published versions, docs and files.

JSON documents of this family: `model` (by model_id: its name, which version is published, its
draft's configuration and its documentation tabs) and `model_version` (by `model_id#version`,
parent the model: a published configuration and its release note). The expfs file a model's
upload carries is kept whole in the table `model_files`.

Deploying sets the draft's configuration (the fields given, over the draft's or published
version's); publishing makes the draft a new numbered version and the published one; a
rollback publishes an earlier version again. Running a model answers a result derived from the
version's configuration and the input (the sandbox runs no code), so it is deterministic.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import INVALID_ARGUMENT, NOT_FOUND, ApiError
from ..models import TaskStatus
from . import Document, FamilyStore, utc_now

CONFIG_FIELDS = ("object_name", "runtime", "handler", "memory_size", "timeout")
OUTPUTS = ("object", "array")
DRAFT = "draft"
_PUBLISH_TASK_NAMESPACE = uuid.UUID("4b9e2f17-6c3d-5a8e-9f01-2d7c4e6b8a35")


@dataclass(frozen=True)
class ExpfsFile:
    """The expfs file of a model, as uploaded."""

    filename: str
    content: bytes
    sha256: str
    uploaded: str

    def summary(self) -> dict[str, Any]:
        return {
            "filename": self.filename,
            "size": len(self.content),
            "sha256": self.sha256,
            "uploaded": self.uploaded,
        }


def _config(values: Mapping[str, Any]) -> dict[str, Any]:
    return {name: values.get(name) for name in CONFIG_FIELDS}


def _version_id(model_id: str, version: int) -> str:
    return f"{model_id}#{version}"


def model_output(
    model_id: str, version: int | str, config: Mapping[str, Any], fields: Mapping[str, Any]
) -> dict[str, Any]:
    """What running the model's version on `fields` answers: the same for the same version
    configuration and input (a digest of both, and a score in [0, 1) read from it)."""
    text = json.dumps(
        {"model_id": model_id, "version": version, "config": dict(config), "input": dict(fields)},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return {
        "model_id": model_id,
        "version": version,
        "input": dict(fields),
        "score": round(int(digest[:8], 16) / 2**32, 6),
        "digest": digest[:16],
    }


class ModelStore(FamilyStore):
    """Models and their versions; reading a model answers one consistent state."""

    NAME = "models"
    SCHEMA = (
        "CREATE TABLE model_files (model_id TEXT PRIMARY KEY, filename TEXT NOT NULL,"
        " content BLOB NOT NULL, sha256 TEXT NOT NULL, uploaded TEXT NOT NULL)",
    )

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        for record in fixtures.get("models", []):
            model_id = str(record["model_id"])
            output = record.get("output", "object")
            if output not in OUTPUTS:
                raise ValueError(f"fixture model {model_id}: output must be one of {OUTPUTS}")
            versions = record.get("versions", [])
            numbers = [int(version["version"]) for version in versions]
            if numbers != list(range(1, len(numbers) + 1)):
                raise ValueError(f"fixture model {model_id}: versions must be 1, 2, ...")
            published = record.get("published_version")
            if published is not None and published not in numbers:
                raise ValueError(f"fixture model {model_id}: published_version is not a version")
            now = utc_now()
            draft = record.get("draft")
            self.documents.insert(
                conn,
                "model",
                model_id,
                {
                    "model_id": model_id,
                    "name": str(record.get("name", model_id)),
                    "description": str(record.get("description", "")),
                    "output": output,
                    "published_version": published,
                    "draft": None if draft is None else {**_config(draft), "deploy_time": now},
                    "docs": dict(record.get("docs", {})),
                    "create_time": now,
                    "update_time": now,
                },
            )
            for version in versions:
                self._put_version(
                    conn,
                    model_id,
                    int(version["version"]),
                    _config(version),
                    str(version.get("message", "")),
                    now,
                )

    # ------------------------------------------------------------------ reading

    def _model(self, conn: sqlite3.Connection, model_id: str) -> Document:
        document = self.documents.get(conn, "model", model_id)
        if document is None:
            raise ApiError(NOT_FOUND, f"model {model_id} does not exist")
        return document

    def _versions(self, conn: sqlite3.Connection, model_id: str) -> list[dict[str, Any]]:
        return [doc.body for doc in self.documents.select(conn, "model_version", parent=model_id)]

    def _file(self, conn: sqlite3.Connection, model_id: str) -> ExpfsFile | None:
        row = conn.execute(
            "SELECT filename, content, sha256, uploaded FROM model_files WHERE model_id = ?",
            (model_id,),
        ).fetchone()
        if row is None:
            return None
        return ExpfsFile(row["filename"], bytes(row["content"]), row["sha256"], row["uploaded"])

    def _view(self, conn: sqlite3.Connection, body: Mapping[str, Any]) -> dict[str, Any]:
        model_id = str(body["model_id"])
        expfs = self._file(conn, model_id)
        return {
            **body,
            "versions": len(self._versions(conn, model_id)),
            "expfs": None if expfs is None else expfs.summary(),
        }

    def model(self, model_id: str) -> dict[str, Any]:
        """The model's details; ApiError 40401 if unknown."""
        with self.read() as conn:
            return self._view(conn, self._model(conn, model_id).body)

    def models(self, model_ids: Sequence[str]) -> list[dict[str, Any]]:
        """Every model (only these, in the order asked, if any are given; unknown ones left
        out), as model() shows them."""
        with self.read() as conn:
            documents = (
                self.documents.get_many(conn, "model", model_ids)
                if model_ids
                else self.documents.select(conn, "model")
            )
            return [self._view(conn, document.body) for document in documents]

    def versions(self, model_id: str) -> dict[str, Any]:
        """The model's published versions, oldest first, and which one is published."""
        with self.read() as conn:
            body = self._model(conn, model_id).body
            versions = self._versions(conn, model_id)
        return {
            "model_id": model_id,
            "published_version": body["published_version"],
            "total": len(versions),
            "versions": versions,
        }

    def expfs(self, model_id: str) -> ExpfsFile | None:
        """The model's uploaded expfs file, if any."""
        with self.read() as conn:
            self._model(conn, model_id)
            return self._file(conn, model_id)

    def run(self, model_id: str, fields: Mapping[str, Any], *, draft: bool) -> Any:
        """The output of the model's published version (or its draft) on `fields`: an object,
        or a list of one for a model answering arrays. 40401 when there is no such version."""
        with self.read() as conn:
            body = self._model(conn, model_id).body
            if draft:
                if body["draft"] is None:
                    raise ApiError(NOT_FOUND, f"model {model_id} has no draft; deploy it first")
                version: int | str = DRAFT
                config = _config(body["draft"])
            else:
                published = body["published_version"]
                if published is None:
                    raise ApiError(NOT_FOUND, f"model {model_id} has no published version")
                found = self.documents.get(conn, "model_version", _version_id(model_id, published))
                assert found is not None
                version, config = int(published), _config(found.body)
        output = model_output(model_id, version, config, fields)
        return [output] if body["output"] == "array" else output

    # ------------------------------------------------------------------ changing

    def _touch(
        self, conn: sqlite3.Connection, document: Document, **changes: Any
    ) -> dict[str, Any]:
        body = {**document.body, **changes, "update_time": utc_now()}
        self.documents.put(conn, "model", document.id, body)
        return body

    def _put_version(
        self,
        conn: sqlite3.Connection,
        model_id: str,
        version: int,
        config: Mapping[str, Any],
        message: str,
        publish_time: str,
    ) -> dict[str, Any]:
        body = {"version": version, **config, "message": message, "publish_time": publish_time}
        self.documents.insert(
            conn, "model_version", _version_id(model_id, version), body, parent=model_id
        )
        return body

    def deploy(self, model_id: str, given: Mapping[str, Any]) -> dict[str, Any]:
        """Set the draft: the fields given over the current draft (or the published version,
        or nothing). Deploying the configuration the draft has changes nothing."""
        with self.write() as conn:
            document = self._model(conn, model_id)
            body = document.body
            base: Mapping[str, Any] = {}
            if body["draft"] is not None:
                base = body["draft"]
            elif body["published_version"] is not None:
                found = self.documents.get(
                    conn, "model_version", _version_id(model_id, body["published_version"])
                )
                base = {} if found is None else found.body
            config = {**_config(base), **{k: v for k, v in given.items() if v is not None}}
            if config["object_name"] is None:
                raise ApiError(
                    INVALID_ARGUMENT,
                    f"invalid argument: object_name: model {model_id} has no package yet; "
                    "give the OSS object to deploy",
                )
            if body["draft"] is not None and _config(body["draft"]) == config:
                draft = body["draft"]
            else:
                draft = {**config, "deploy_time": utc_now()}
                self._touch(conn, document, draft=draft)
        return {"model_id": model_id, "draft": draft}

    def publish(self, model_id: str, message: str) -> dict[str, Any]:
        """Make the draft a new version and publish it; the publishing task (a `tasks` row,
        done at once) and the version. ApiError 40001 when the model has no draft."""
        with self.write() as conn:
            document = self._model(conn, model_id)
            draft = document.body["draft"]
            if draft is None:
                raise ApiError(
                    INVALID_ARGUMENT, f"invalid argument: model {model_id} has no draft to publish"
                )
            version = len(self._versions(conn, model_id)) + 1
            self._put_version(conn, model_id, version, _config(draft), message, utc_now())
            self._touch(conn, document, published_version=version)
            task_id = str(uuid.uuid5(_PUBLISH_TASK_NAMESPACE, _version_id(model_id, version)))
            conn.execute(
                "INSERT INTO tasks (task_id, status, result) VALUES (?, ?, NULL)",
                (task_id, TaskStatus.SUCCESS.value),
            )
        return {"task_id": task_id, "model_id": model_id, "version": version}

    def rollback(self, model_id: str, version: int) -> dict[str, Any]:
        """Publish an earlier version again; ApiError 40401 for a version the model lacks."""
        with self.write() as conn:
            document = self._model(conn, model_id)
            if self.documents.get(conn, "model_version", _version_id(model_id, version)) is None:
                raise ApiError(NOT_FOUND, f"model {model_id} has no version {version}")
            if document.body["published_version"] != version:
                self._touch(conn, document, published_version=version)
        return {"model_id": model_id, "published_version": version}

    def set_doc(self, model_id: str, doc_tab: str, doc_content: str) -> dict[str, Any]:
        """Set one documentation tab's content."""
        with self.write() as conn:
            document = self._model(conn, model_id)
            docs = {**document.body["docs"], doc_tab: doc_content}
            if docs != document.body["docs"]:
                self._touch(conn, document, docs=docs)
        return {"model_id": model_id, "doc_tab": doc_tab, "doc_content": doc_content}

    def upload_expfs(
        self, model_id: str, filename: str, content: bytes, doc: tuple[str, str] | None
    ) -> dict[str, Any]:
        """Keep the model's expfs file (replacing any earlier one), and set a tab if given."""
        with self.write() as conn:
            document = self._model(conn, model_id)
            stored = ExpfsFile(filename, content, hashlib.sha256(content).hexdigest(), utc_now())
            conn.execute(
                "INSERT INTO model_files (model_id, filename, content, sha256, uploaded)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (model_id) DO UPDATE SET"
                " filename = excluded.filename, content = excluded.content,"
                " sha256 = excluded.sha256, uploaded = excluded.uploaded",
                (model_id, stored.filename, stored.content, stored.sha256, stored.uploaded),
            )
            answer: dict[str, Any] = {"model_id": model_id, "expfs": stored.summary()}
            if doc is not None:
                self._touch(conn, document, docs={**document.body["docs"], doc[0]: doc[1]})
                answer.update(doc_tab=doc[0], doc_content=doc[1])
            else:
                self._touch(conn, document)
        return answer
