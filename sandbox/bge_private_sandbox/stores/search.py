"""The search family's state: the documents openbge_search finds, and the survey index.

JSON documents of this family: `hit` (a report, app or gene document, as a search hit: the
fixtures') and `survey` (a survey index document, by its id, as create_index stored it).

Matching follows the platform's full-text engine closely enough for tests: the query and each
document's text are cut into terms (every Chinese character on its own, every run of letters
and digits as one lower-case word); a document matches when it has any of the query's terms, and
documents with more of them come first (then in the order they were indexed).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..models import SearchHit, SurveyIndexDocument
from . import Document, FamilyStore

SURVEY_CATEGORY = "survey"
# What a survey hit shows as its kind and app (a report hit shows `complex`, `bge_v2`).
SURVEY_HIT_TYPE = "survey"
SURVEY_HIT_APP = "bge_v2"
_TERM = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W_]+", re.UNICODE)


def terms(text: str) -> set[str]:
    """The search terms of a text: each CJK character, and each word (lower case)."""
    return {match.group(0).lower() for match in _TERM.finditer(text)}


# Members that say what a document is rather than what it says.
_NOT_TEXT = frozenset({"category", "detailImage", "listImage"})


def _texts(value: Any) -> Iterable[str]:
    """The searchable texts of a document's data: its strings, but not its category or URLs."""
    if isinstance(value, str):
        if not value.startswith(("http://", "https://")):
            yield value
    elif isinstance(value, Mapping):
        for name, member in value.items():
            if name not in _NOT_TEXT:
                yield from _texts(member)
    elif isinstance(value, list):
        for member in value:
            yield from _texts(member)


def index_id(text: str) -> str:
    """An index document's id as stored: an integer's canonical text (`0111` is `111`)."""
    stripped = text.strip()
    return str(int(stripped)) if re.fullmatch(r"[+-]?\d+", stripped) else stripped


def survey_hit(document: SurveyIndexDocument | Mapping[str, Any]) -> SearchHit:
    """A survey index document as openbge_search shows it."""
    body = (
        document.model_dump(mode="json", exclude_unset=True)
        if isinstance(document, SurveyIndexDocument)
        else dict(document)
    )
    identifier = str(body["id"])
    return SearchHit.model_validate(
        {
            "highlight": {},
            "id": identifier,
            "type": SURVEY_HIT_TYPE,
            "data": {**body, "id": identifier, "category": SURVEY_CATEGORY},
            "app": SURVEY_HIT_APP,
        }
    )


@dataclass(frozen=True)
class Deletion:
    id: str
    deleted: bool


class SearchStore(FamilyStore):
    """What openbge_search finds: fixture hits and the survey index create_index fills."""

    NAME = "search"

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        for record in fixtures.get("hits", []):
            hit = SearchHit.model_validate(record)
            if hit.data.category in (None, SURVEY_CATEGORY):
                raise ValueError(f"fixture hit {hit.id}: survey hits come from the survey index")
            self.documents.insert(
                conn, "hit", hit.id, hit.model_dump(mode="json", exclude_unset=True)
            )
        for record in fixtures.get("surveys", []):
            survey = SurveyIndexDocument.model_validate(record)
            self._put_survey(conn, survey)

    def _put_survey(self, conn: sqlite3.Connection, survey: SurveyIndexDocument) -> None:
        body = survey.model_dump(mode="json", exclude_unset=True)
        self.documents.put(conn, SURVEY_CATEGORY, index_id(str(survey.id)), body)

    def index(self, surveys: Sequence[SurveyIndexDocument]) -> list[SurveyIndexDocument]:
        """Create or replace each survey document (by id; a later one of the same id wins);
        the documents as indexed, one per id, in the order first given."""
        with self.write() as conn:
            for survey in surveys:
                self._put_survey(conn, survey)
            ids = list(dict.fromkeys(index_id(str(survey.id)) for survey in surveys))
            stored = self.documents.get_many(conn, SURVEY_CATEGORY, ids)
        return [SurveyIndexDocument.model_validate(document.body) for document in stored]

    def delete(self, ids: Sequence[str]) -> list[Deletion]:
        """Delete each survey document (in the order given; an id already gone is not found)."""
        with self.write() as conn:
            return [
                Deletion(
                    index_id(given), self.documents.delete(conn, SURVEY_CATEGORY, index_id(given))
                )
                for given in ids
            ]

    def survey(self, survey_id: str) -> SurveyIndexDocument | None:
        with self.read() as conn:
            document = self.documents.get(conn, SURVEY_CATEGORY, index_id(survey_id))
        return None if document is None else SurveyIndexDocument.model_validate(document.body)

    def search(self, query: str, categories: set[str], biosample_id: str | None) -> list[SearchHit]:
        """Every hit of the categories matching the query (best first), within one sample's
        documents if `biosample_id` is given."""
        wanted = terms(query)
        if not wanted:
            return []
        with self.read() as conn:
            candidates: list[Document] = []
            if categories - {SURVEY_CATEGORY}:
                candidates += self.documents.select(conn, "hit")
            if SURVEY_CATEGORY in categories:
                candidates += self.documents.select(conn, SURVEY_CATEGORY)
        scored: list[tuple[int, int, SearchHit]] = []
        for document in candidates:
            hit = (
                survey_hit(document.body)
                if document.kind == SURVEY_CATEGORY
                else SearchHit.model_validate(document.body)
            )
            if hit.data.category not in categories:
                continue
            if biosample_id is not None and hit.data.biosample_id != biosample_id:
                continue
            data = document.body if document.kind == SURVEY_CATEGORY else document.body["data"]
            found = set().union(*(terms(text) for text in _texts(data)))
            score = len(wanted & found)
            if score:
                scored.append((-score, document.seq, hit))
        scored.sort(key=lambda item: (item[0], item[1]))
        return [hit for _, _, hit in scored]
