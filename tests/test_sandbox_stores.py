"""Family stores: registration with the Store, schema and fixtures once per database, documents."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from bge_private_sandbox import Store
from bge_private_sandbox.errors import CONFLICT, ApiError
from bge_private_sandbox.stores import (
    FamilyStore,
    check_families,
    family_classes,
    fixture_order,
    packaged_fixtures,
)
from bge_private_sandbox.stores.effects import EffectStore


class NoteStore(FamilyStore):
    """A family with a table of its own and fixtures."""

    NAME = "notes"
    SCHEMA = ("CREATE TABLE notes (note_id TEXT PRIMARY KEY, text TEXT NOT NULL)",)

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        for note_id, text in fixtures.get("notes", {}).items():
            conn.execute("INSERT INTO notes (note_id, text) VALUES (?, ?)", (note_id, text))

    def note(self, note_id: str) -> str | None:
        with self.read() as conn:
            row = conn.execute("SELECT text FROM notes WHERE note_id = ?", (note_id,)).fetchone()
        return None if row is None else str(row["text"])

    def add(self, note_id: str, text: str, *, fail_after: bool = False) -> None:
        with self.write() as conn:
            conn.execute("INSERT INTO notes (note_id, text) VALUES (?, ?)", (note_id, text))
            if fail_after:
                raise ApiError(CONFLICT, "refused after writing")

    def count(self) -> int:
        with self.read() as conn:
            return int(conn.execute("SELECT count(*) FROM notes").fetchone()[0])


class ShelfStore(FamilyStore):
    """A family of JSON documents only."""

    NAME = "shelves"


FIXTURES = {"notes": {"notes": {"n1": "first", "n2": "second"}}}


@pytest.fixture
def store() -> Iterator[Store]:
    store = Store(fixtures=FIXTURES, families=[NoteStore, ShelfStore, EffectStore])
    try:
        yield store
    finally:
        store.close()


def test_a_family_gets_its_tables_and_fixtures(store: Store) -> None:
    notes = store.family(NoteStore)
    assert notes.note("n1") == "first" and notes.count() == 2
    notes.add("n3", "third")
    assert notes.note("n3") == "third"


def test_a_family_method_is_one_transaction(store: Store) -> None:
    notes = store.family(NoteStore)
    with pytest.raises(ApiError):
        notes.add("n9", "never", fail_after=True)
    assert notes.note("n9") is None


def test_a_family_the_store_was_not_given_is_a_clear_error(store: Store) -> None:
    class Other(FamilyStore):
        NAME = "other"

    with pytest.raises(LookupError, match="no family"):
        store.family(Other)


def test_schema_and_fixtures_run_once_per_database(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.db"
    # A database made before the family existed...
    Store(path, fixtures={}, families=[]).close()
    # ...gains the family's tables and fixtures when first opened with it...
    first = Store(path, fixtures=FIXTURES, families=[NoteStore])
    assert first.family(NoteStore).count() == 2
    first.family(NoteStore).add("n3", "third")
    first.close()
    # ...and only then: reopening neither re-creates nor reloads anything.
    again = Store(path, fixtures=FIXTURES, families=[NoteStore])
    try:
        assert again.family(NoteStore).count() == 3
    finally:
        again.close()


def test_fixtures_default_to_the_packaged_files(tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text('{"notes": {"a": "b"}}', encoding="utf-8")
    assert packaged_fixtures("notes", tmp_path) == {"notes": {"a": "b"}}
    assert packaged_fixtures("absent", tmp_path) == {}
    (tmp_path / "bad.json").write_text("[1]", encoding="utf-8")
    with pytest.raises(ValueError, match=r"fixtures/bad\.json must hold a JSON object"):
        packaged_fixtures("bad", tmp_path)


def test_a_family_without_load_fixtures_refuses_fixtures() -> None:
    with pytest.raises(ValueError, match="family shelves has fixtures"):
        Store(fixtures={"shelves": {"books": []}}, families=[ShelfStore])


class IndexStore(FamilyStore):
    """A family whose fixtures name notes (it checks them against the notes family's)."""

    NAME = "a_index"  # before "notes" by name: FIXTURES_AFTER is what puts it after
    FIXTURES_AFTER = ("notes",)

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        for note_id in fixtures.get("indexed", []):
            found = conn.execute("SELECT 1 FROM notes WHERE note_id = ?", (note_id,)).fetchone()
            if found is None:
                raise ValueError(f"index fixtures: no note {note_id}")
            self.documents.put(conn, "indexed", note_id, {"note_id": note_id})


def test_a_family_opens_after_the_families_whose_fixtures_it_reads() -> None:
    fixtures = {**FIXTURES, "a_index": {"indexed": ["n2"]}}
    store = Store(fixtures=fixtures, families=[IndexStore, NoteStore])
    try:
        with store.family(IndexStore).read() as conn:
            assert store.family(IndexStore).documents.get(conn, "indexed", "n2") is not None
    finally:
        store.close()
    with pytest.raises(ValueError, match="no note n7"):
        Store(
            fixtures={**FIXTURES, "a_index": {"indexed": ["n7"]}}, families=[IndexStore, NoteStore]
        )


def test_families_waiting_for_each_other_are_refused() -> None:
    class First(FamilyStore):
        NAME = "first"
        FIXTURES_AFTER = ("second",)

    class Second(FamilyStore):
        NAME = "second"
        FIXTURES_AFTER = ("first",)

    with pytest.raises(TypeError, match="first -> second -> first"):
        fixture_order([First, Second])


def test_bad_family_declarations_are_refused() -> None:
    class Nameless(FamilyStore):
        pass

    class Samples(FamilyStore):
        NAME = "samples"

    class Notes2(FamilyStore):
        NAME = "notes"

    with pytest.raises(TypeError, match="NAME must be set"):
        check_families([Nameless])
    with pytest.raises(TypeError, match=r"is a key of fixtures\.json"):
        check_families([Samples])
    with pytest.raises(TypeError, match="families NoteStore and"):
        check_families([NoteStore, Notes2])


def test_the_packaged_families_are_found_in_stores() -> None:
    found = family_classes()
    assert EffectStore in found
    assert all(cls.__module__.startswith("bge_private_sandbox.stores.") for cls in found)
    store = Store()
    try:
        assert store.effects() == []
    finally:
        store.close()


# ---------------------------------------------------------------------- documents


def test_documents_put_get_replace_delete(store: Store) -> None:
    shelves = store.family(ShelfStore)
    with shelves.write() as conn:
        first = shelves.documents.put(conn, "book", "b1", {"title": "One"}, parent="s1")
        shelves.documents.put(conn, "book", "b2", {"title": "Two"}, parent="s2")
        shelves.documents.put(conn, "book", "b3", {"title": "Three"}, parent="s1")
        replaced = shelves.documents.put(conn, "book", "b1", {"title": "Uno"}, parent="s1")
    assert (replaced.seq, replaced.created) == (first.seq, first.created)
    with shelves.read() as conn:
        books = shelves.documents.select(conn, "book")
        in_s1 = shelves.documents.select(conn, "book", parent="s1")
        some = shelves.documents.get_many(conn, "book", ["b3", "nope", "b1", "b3"])
        missing = shelves.documents.get(conn, "book", "nope")
    # Insertion order; a replaced document keeps its place.
    assert [book.body["title"] for book in books] == ["Uno", "Two", "Three"]
    assert [book.id for book in in_s1] == ["b1", "b3"]
    assert [book.id for book in some] == ["b3", "b1"]
    assert missing is None
    with shelves.write() as conn:
        assert shelves.documents.delete(conn, "book", "b2") is True
        assert shelves.documents.delete(conn, "book", "b2") is False
        assert shelves.documents.delete_children(conn, "book", "s1") == 2
        assert shelves.documents.select(conn, "book") == []


def test_documents_insert_refuses_an_existing_id(store: Store) -> None:
    shelves = store.family(ShelfStore)
    with shelves.write() as conn:
        shelves.documents.insert(conn, "book", "b1", {"title": "One"})
    with pytest.raises(ApiError) as caught, shelves.write() as conn:
        shelves.documents.insert(conn, "book", "b1", {"title": "Other"})
    assert int(caught.value.code) == 40901
    with shelves.read() as conn:
        book = shelves.documents.get(conn, "book", "b1")
    assert book is not None and book.body == {"title": "One"}


def test_documents_of_two_families_do_not_mix(store: Store) -> None:
    shelves, notes = store.family(ShelfStore), store.family(NoteStore)
    with shelves.write() as conn:
        shelves.documents.put(conn, "item", "x", {"of": "shelves"})
        notes.documents.put(conn, "item", "x", {"of": "notes"})
    with shelves.read() as conn:
        assert [doc.body for doc in shelves.documents.select(conn, "item")] == [{"of": "shelves"}]
        assert [doc.body for doc in notes.documents.select(conn, "item")] == [{"of": "notes"}]


def test_a_listing_is_one_consistent_state_under_concurrent_writes(store: Store) -> None:
    shelves = store.family(ShelfStore)

    def write() -> None:
        for number in range(300):
            # Two documents per transaction: a reader sees both or neither.
            with shelves.write() as conn:
                shelves.documents.put(conn, "pair", f"{number}a", {"n": number})
                shelves.documents.put(conn, "pair", f"{number}b", {"n": number})
            time.sleep(0)  # let the reader in between two transactions

    writer = threading.Thread(target=write)
    writer.start()
    sizes: list[int] = []
    try:
        while writer.is_alive() or not sizes:
            with shelves.read() as conn:
                listed = shelves.documents.select(conn, "pair")
            sizes.append(len(listed))
            assert len(listed) % 2 == 0
            assert [doc.seq for doc in listed] == sorted(doc.seq for doc in listed)
    finally:
        writer.join()
    assert sizes == sorted(sizes)  # what was listed stays listed


# ---------------------------------------------------------------------- effects


def test_effects_record_and_clear(store: Store) -> None:
    effects = store.family(EffectStore)
    first = effects.record("sms", {"mobiles": "17665342277", "template": "t"})
    effects.record("short_url", {"url": "https://example.invalid/a"})
    assert [effect.operation for effect in store.effects()] == ["sms", "short_url"]
    assert store.effects(operation="sms") == [first]
    assert store.effects(operation="none") == []
    assert effects.clear() == 2
    assert store.effects() == []
