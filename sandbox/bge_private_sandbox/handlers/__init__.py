"""The sandbox's behaviour: one handler per operation, one module per family, found on start-up.

How to add a family (say `models`: model_list, model, model_versions, ...)
==========================================================================

Nothing outside the family's own files changes: not app.py, spec.py, store.py nor this file.
A family whose module exists already (samples, surveys, wechat) adds to it. The app refuses
to start while an operation of openapi.yaml has no handler.

1. Handlers: `handlers/<family>.py`, a docstring line saying what the family is, then one
   function per operation, registered with `@handles("<operationId>")`::

       from __future__ import annotations

       from ..answers import data_page, ok, split_ids
       from ..errors import NOT_FOUND, ApiError
       from ..models import ModelForm, ModelListForm, ModelListResponse, ModelResponse
       from ..store import Store
       from ..stores.models import ModelStore
       from . import handles

       @handles("model_list")
       def model_list(store: Store, form: ModelListForm) -> ModelListResponse:
           found = store.family(ModelStore).models(split_ids(form.model_ids))
           return data_page(ModelListResponse, found, page=form.page, limit=form.limit)

       @handles("model")  # POST /openbge/model/{model_id}
       def model(store: Store, form: ModelForm, *, model_id: str) -> ModelResponse:
           found = store.family(ModelStore).model(model_id)
           if found is None:
               raise ApiError(NOT_FOUND, f"model {model_id} does not exist")
           return ok(ModelResponse, found)

   and, for an upload (in the service family's module; `image` is `format: binary`)::

       @handles("image_upload")
       def image_upload(
           store: Store, form: ImageUploadForm, *, filenames: Mapping[str, str]
       ) -> ImageUploadResponse:
           md5 = hashlib.md5(form.image).hexdigest()  # form.image: the file's bytes
           return ok(ImageUploadResponse, {"url": f"https://sandbox.invalid/{md5}", "md5": md5})

   The signature is `handler(store, form, **path_parameters) -> <OperationId>Response`:
   - `store`: the Store; reach your family's interface with `store.family(YourStore)`.
   - `form`: the request body validated by its generated model (models.py), signing fields
     removed, JSON-text fields decoded. A `oneOf` form is the branch that matched (annotate
     the union). An operation listing several media types gets the model of the one used.
   - each path parameter (`parameters: [{in: path}]`) is a keyword argument of its name,
     checked by its schema (an `int` for an integer schema, else the `str`).
   - an operation with file parts (multipart, properties `format: binary`) also gets
     `filenames: Mapping[str, str]` (part name -> the filename the client sent, "" if none);
     the file's bytes are the form's field. Parts are at most 8 MiB, a body 16 MiB (41301).
   - the app checks on start-up that each handler takes these keywords (and needs no other).
   Answer with the response model: `ok(Response, data)` (data: models or JSON). A page,
   from the whole ordered list and the request, never sliced by hand (answers.py), by the
   operation's `x-pagination` style: `envelope` -> `envelope_page(R, items, page=form.page,
   limit=form.limit)`; `data` -> `data_page(R, items, page=..., limit=..., items_key=<items>)`;
   `cursor` -> `cursor_page(R, items, cursor=form.<cursor>, limit=form.limit, key=<sort key>,
   next_key=<next>, items_key=<items>)`. page/limit None mean 1/50. Refuse with
   `raise ApiError(CODE, message)` (errors.py: INVALID_ARGUMENT 40001, NOT_FOUND 40401,
   CONFLICT 40901); the message names the field and the rule, never a secret. Handlers run in
   a worker thread and may block on the store; they hold no SQL and never reach the network.

2. Store: `stores/<family>.py` with one `FamilyStore` subclass (stores/__init__.py)::

       class ModelStore(FamilyStore):
           NAME = "models"  # unique; names fixtures/models.json and the documents' namespace
           SCHEMA = ("CREATE TABLE models (model_id TEXT PRIMARY KEY, record TEXT NOT NULL)",)

           def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
               for record in fixtures.get("models", []):
                   checked = Model.model_validate(record)  # only valid records are stored
                   conn.execute("INSERT INTO models VALUES (?, ?)",
                                (checked.model_id, checked.model_dump_json()))

           def model(self, model_id: str) -> Model | None:
               with self.read() as conn:
                   row = conn.execute("SELECT record FROM models WHERE model_id = ?",
                                      (model_id,)).fetchone()
               return None if row is None else Model.model_validate_json(row["record"])

   - Every public method is one transaction: `with self.write() as conn:` to change,
     `with self.read() as conn:` to read (a whole listing in one, so pages agree). Any
     exception raised inside (ApiError included) rolls the transaction back.
   - Take and give generated models (validated), not rows. Name your tables after the family.
   - Other families' data: call their store's methods (`self.store.family(OtherStore)`,
     `self.store.samples_by_biosample_ids(...)` for the samples in store.py). A change that
     must be atomic with theirs: give their store a method taking your `conn`.
   - The core tables of store.py are what its eight operations read. When your
     operations create such things, write those rows in your own transaction, in store.py's
     row format: a task that task_result answers is a `tasks` row (task_id lower-case, status
     a TaskStatus value, result JSON text or NULL); a survey answer that survey_target and
     question_size count is a `survey_answers` row (user_id, data_element_identifier_de,
     concept_code, content); samples only through `self.store.register_sample(...)`.
   - Records that are JSON documents need no tables: `self.documents` puts, gets and lists
     them by kind and id (`put`, `insert` (40901 if there), `get`, `get_many`, `select`
     (insertion order, `parent=` for children), `delete`, `delete_children`), each taking
     the `conn` of your transaction. `Document.seq` (insertion order) is the cursor key:
     `cursor_page(..., key=lambda doc: doc.seq, view=lambda doc: doc.body)`.
   - SCHEMA and load_fixtures run once per database, the first time it is opened with your
     family; an older database gains your tables and fixtures then. Fixtures that name
     another family's things (elements, individuals) are checked against that family's
     records: list it in `FIXTURES_AFTER` so that it is loaded first. Keep no copy of another
     family's things: read and add them through its store.

3. Fixtures: `fixtures/<NAME>.json`, one JSON object (keys of your choosing), given to
   `load_fixtures`. Put in it every record the documentation examples of your operations show
   (operations.json `example`), so that each example returns its documented output field for
   field. In tests, `Store(fixtures={...})` replaces every fixture file: yours is
   `fixtures["<NAME>"]` (absent: none).

4. `x-external-effect: true` operations (SMS, short URLs, STS tokens, ...): the app records
   each accepted request itself (`store.effects(operation=...)`, GET /_sandbox/effects). The
   handler only answers a well-formed, deterministic result of the spec's shape (derive ids
   and URLs from the request, e.g. a hash of its fields; nothing random, no network).

5. Tests: `tests/test_sandbox_<family>.py`. Drive each operation over HTTP with
   `tests/sandbox_wire.py`: `SignedWire(http, DEMO_APP_KEY, DEMO_APP_SECRET)` signs any
   operation as its media type needs (`.ok("model", {...}, path={"model_id": ...},
   files={"expfs": ("a.json", b"...")})`), over `AppClient(create_app(Store()))` (in process,
   fast) or an `httpx.Client` on a `start_sandbox()` subprocess (conftest). Test
   create-then-read across operations, a deletion seen by every reader, the documentation
   examples' outputs and the error answers; store methods on `Store()` (in memory).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

Handler = Callable[..., BaseModel]
"""`handler(store, form, **path_parameters[, filenames=...])` -> the operation's answer model."""

HANDLERS: dict[str, Handler] = {}
_F = TypeVar("_F", bound=Callable[..., Any])


def handles(operation_id: str) -> Callable[[_F], _F]:
    """Register the decorated function as the sandbox's behaviour for `operation_id`."""

    def register(function: _F) -> _F:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for operation {operation_id}")
        HANDLERS[operation_id] = function
        return function

    return register


def _import_families() -> None:
    # Importing a family module registers its handlers; `_`-modules are helpers, not families.
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")


_import_families()
