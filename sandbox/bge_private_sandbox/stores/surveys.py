"""The survey family's state: drafts, their questions and options, releases, responses, answers.

Everything is a JSON document of this family (`Documents`), by kind:

- `survey` (a draft, without its question count), `question` (child of its survey, without
  its options), `option` (child of its question);
- `release` (`{"record": ReleaseSurvey, "deleted": bool}`: a deleted release is hidden, not
  removed, because its responses stay), `release_question` (child of its release, with its
  options: a release never changes once published);
- `response` (a SurveyResponse), `answer` (child of its response; `mirror` is the id of the
  answer's row in store.py's `survey_answers` table, which survey_target and question_size read);
- `lime_response` (a response waiting in LimeSurvey, which sync_responses copies; fixtures only);
- `counter` (the next id of each kind the sandbox numbers itself).

Fixture answers are not mirrored into `survey_answers`: that table's own fixtures are the seed
examples' data (question_size's 22 questions), which answers mirrored from here would change.
Every answer stored through an operation is mirrored, in the same transaction.
"""

from __future__ import annotations

import json
import math
import sqlite3
import statistics
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from ..errors import INVALID_ARGUMENT, NOT_FOUND, ApiError
from ..models import (
    Answer,
    AnswerSummary,
    DailyCompletion,
    NewOption,
    Option,
    Question,
    QuestionAnswers,
    QuestionCompletion,
    ReleaseOption,
    ReleaseQuestion,
    ReleaseSurvey,
    ReleaseSurveyDetail,
    StatisticsAnswer,
    Survey,
    SurveyResponse,
    SurveyStatistics,
    TaskResult,
    TaskStatus,
)
from . import FamilyStore, utc_now

# Question types whose answers are chosen options (the only ones options_batch_create fills).
CHOICE_TYPES = frozenset({"radio", "checkbox"})
# Seconds-free form of SurveyStatistics.update_time and StatisticsAnswer.create_time.
_MINUTE_FORMAT = "%Y-%m-%d %H:%M"
_SECOND_FORMAT = "%Y-%m-%d %H:%M:%S"
_COMPLETION_DAYS = 7
_SURVEY_URL = (
    "https://limesurvey.sandbox.local/index.php?r=survey/index&sid={sid}&lang=zh-Hans&newtest=Y"
)
_TASK_NAMESPACE = uuid.UUID("5f0c6a2e-8d8b-4f5e-9a51-3b1e1c2f7a10")  # survey_async's task ids

# The kinds numbered by the sandbox (questions are numbered by the caller).
_NUMBERED = (
    "survey",
    "option",
    "release",
    "release_question",
    "release_option",
    "response",
    "answer",
    "limesurvey",
)


def _key(number: int) -> str:
    return str(number)


def _parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def _number_text(value: str | float) -> str:
    """A free answer as text: a number without a needless `.0` (`165`, `170.5`)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) or value.is_integer():
        return str(int(value))
    return repr(value)


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _plain_number(value: float) -> int | float:
    return int(value) if value.is_integer() else value


# ---------------------------------------------------------------------- sorting


def _sort_key(value: Any) -> tuple[int, Any]:
    # Missing values (null) sort after every value, ascending.
    return (1, 0) if value is None else (0, value)


def sort_records(
    records: Sequence[Mapping[str, Any]],
    sort: str | None,
    *,
    sortable: Mapping[str, Callable[[Mapping[str, Any]], Any]],
    default: Sequence[str],
    what: str,
) -> list[Mapping[str, Any]]:
    """`records` ordered by the request's `sort` (`field` or `-field`), else by `default`.

    Ties keep the default order. A field not in `sortable` is ApiError 40001.
    """
    ordered = list(records)
    for field in reversed(default):
        ordered.sort(key=lambda record: _sort_key(sortable[field](record)))
    if sort:
        field = sort.removeprefix("-")
        if field not in sortable:
            raise ApiError(
                INVALID_ARGUMENT,
                f"invalid argument: sort: {what} cannot be sorted by {field!r}; "
                f"sortable: {', '.join(sortable)}",
            )
        ordered.sort(key=lambda record: _sort_key(sortable[field](record)), reverse=sort[0] == "-")
    return ordered


def _field(name: str) -> Callable[[Mapping[str, Any]], Any]:
    return lambda record: record[name]


def _fields(*names: str) -> dict[str, Callable[[Mapping[str, Any]], Any]]:
    return {name: _field(name) for name in names}


# ---------------------------------------------------------------------- requests


@dataclass(frozen=True)
class SurveyFields:
    """What survey_replace was given (`None`: not given)."""

    developer_id: str
    title: str
    description: str
    redirect_url: str
    survey_id: int | None = None
    end_text: str | None = None
    end_text_given: bool = False


@dataclass(frozen=True)
class QuestionFields:
    """What questions_replace was given; optional members are None when not given."""

    survey_id: int
    question_id: int
    title: str
    data_element_identifier_de: str
    qtype: str | None = None
    order: int | None = None
    required: bool | None = None
    description: str | None = None


@dataclass(frozen=True)
class ImportedAnswerFields:
    """One answer of import_response: a free answer (`content`) or a chosen option."""

    release_question_id: int
    content: str | float | None
    concept_code: str | None


@dataclass(frozen=True)
class ResponseFilter:
    response_ids: Sequence[int] = ()
    user_ids: Sequence[str] = ()
    biosample_ids: Sequence[str] = ()
    limeresponse_ids: Sequence[int] = ()
    release_survey_ids: Sequence[int] = ()


@dataclass(frozen=True)
class AnswerFilter:
    response_ids: Sequence[int] = ()
    release_survey_ids: Sequence[int] = ()
    answer_ids: Sequence[int] = ()
    user_ids: Sequence[str] = ()
    biosample_ids: Sequence[str] = ()
    concept_codes: Sequence[str] = ()


@dataclass(frozen=True)
class QuestionStatisticsResult:
    """question_statistics' answer before paging: its type, all its entries, the summary."""

    type: str
    answers: list[StatisticsAnswer]
    summary: AnswerSummary | None


_SURVEY_SORT = _fields("survey_id", "developer_id")
_QUESTION_SORT = _fields(
    "question_id", "survey_id", "data_element_identifier_de", "required", "order", "qtype"
)
_OPTION_SORT = _fields("option_id", "question_id", "concept_code", "value", "order")
_RELEASE_SORT = _fields(
    "release_survey_id", "developer_id", "survey_id", "limesurvey_id", "version", "release_time"
)
_RELEASE_QUESTION_SORT = _fields(
    "release_question_id", "data_element_identifier_de", "required", "order", "qtype"
)
_RESPONSE_SORT = _fields(
    "response_id",
    "user_id",
    "biosample_id",
    "submit_time",
    "start_time",
    "time_consuming",
    "release_survey_id",
)
_ANSWER_SORT: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    **_fields("answer_id", "concept_code", "content", "time_consuming", "create_time"),
    "release_question_id": lambda answer: answer["release_question"]["release_question_id"],
    "data_element_identifier_de": lambda answer: answer["release_question"][
        "data_element_identifier_de"
    ],
    "response_id": lambda answer: answer["response"]["response_id"],
    "user_id": lambda answer: answer["response"]["user_id"],
    "biosample_id": lambda answer: answer["response"]["biosample_id"],
    "release_survey_id": lambda answer: answer["response"]["release_survey_id"],
}


# ---------------------------------------------------------------------- the store


class SurveyStore(FamilyStore):
    """Draft surveys, releases, responses and answers: the survey system of the platform."""

    NAME = "surveys"

    # ------------------------------------------------------------------ fixtures

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        known = {
            "about",
            "survey_series",
            "surveys",
            "questions",
            "releases",
            "responses",
            "limesurvey_responses",
        }
        unknown = set(fixtures) - known
        if unknown:
            raise ValueError(f"fixtures/surveys.json: unknown keys {sorted(unknown)}")
        explicit = [dict(record) for record in fixtures.get("surveys", [])]
        given_ids = {record["survey_id"] for record in explicit}
        records = [
            record
            for record in _series(fixtures.get("survey_series"))
            if record["survey_id"] not in given_ids
        ]
        for record in sorted([*records, *explicit], key=lambda record: record["survey_id"]):
            Survey.model_validate({**record, "question_count": 0})
            self._put_survey(conn, record)
        survey_ids = {record["survey_id"] for record in [*records, *explicit]}
        question_ids: set[int] = set()
        option_ids: set[int] = set()
        for raw in fixtures.get("questions", []):
            record = dict(raw)
            options = record.pop("options", [])
            if record["survey_id"] not in survey_ids or record["question_id"] in question_ids:
                raise ValueError(f"fixture question {record['question_id']}: no survey, or twice")
            question_ids.add(record["question_id"])
            self._put_question(conn, record)
            for option in options:
                if option["option_id"] in option_ids:
                    raise ValueError(f"fixture option {option['option_id']} twice")
                option_ids.add(option["option_id"])
                self._put_option(conn, {**option, "question_id": record["question_id"]})
        for raw in fixtures.get("releases", []):
            record = dict(raw)
            questions = record.pop("release_questions", [])
            detail = ReleaseSurveyDetail.model_validate(
                {**record, "question_count": len(questions), "release_questions": questions}
            )
            self._put_release(conn, detail)
        for raw in fixtures.get("responses", []):
            record = dict(raw)
            answers = record.pop("answers", [])
            response = SurveyResponse.model_validate(record)
            release = self._release_record(conn, response.release_survey_id)
            if release is None:
                raise ValueError(f"fixture response {response.response_id}: no such release")
            self._put_response(conn, response)
            for answer in answers:
                self._fixture_answer(conn, response, answer)
        for raw in fixtures.get("limesurvey_responses", []):
            self._fixture_lime_response(conn, raw)
        self._start_counters(conn)

    def _fixture_answer(
        self, conn: sqlite3.Connection, response: SurveyResponse, raw: Mapping[str, Any]
    ) -> None:
        question = self._release_question_in(
            conn, response.release_survey_id, raw["release_question_id"]
        )
        if question is None:
            raise ValueError(f"fixture answer {raw['answer_id']}: question not in its release")
        if raw["concept_code"] and raw["concept_code"] not in {
            option.concept_code for option in question.release_options
        }:
            raise ValueError(f"fixture answer {raw['answer_id']}: no such option")
        body = {
            "answer_id": raw["answer_id"],
            "concept_code": raw["concept_code"],
            "content": raw["content"],
            "time_consuming": raw.get("time_consuming"),
            "create_time": raw["create_time"],
            "release_question": {
                "release_question_id": question.release_question_id,
                "data_element_identifier_de": question.data_element_identifier_de,
            },
            "mirror": None,
        }
        self._check_answer(body, response)
        self.documents.insert(
            conn, "answer", _key(raw["answer_id"]), body, parent=_key(response.response_id)
        )

    def _fixture_lime_response(self, conn: sqlite3.Connection, raw: Mapping[str, Any]) -> None:
        record = dict(raw)
        release = self._release_by_limesurvey(conn, record["limesurvey_id"], hidden_too=True)
        if release is None:
            raise ValueError(f"LimeSurvey survey {record['limesurvey_id']}: no release has it")
        # Validated as the response it becomes (with a placeholder user when it has none).
        SurveyResponse.model_validate(
            {
                **{name: value for name, value in record.items() if name != "answers"},
                "user_id": record["user_id"] or "0" * 24,
                "response_id": 1,
                "release_survey_id": release.release_survey_id,
            }
        )
        for answer in record["answers"]:
            self._imported_answer(conn, release.release_survey_id, answer, 0)
        key = f"{record['limesurvey_id']}:{record['limeresponse_id']}"
        self.documents.insert(conn, "lime_response", key, record)

    def _start_counters(self, conn: sqlite3.Connection) -> None:
        highest = dict.fromkeys(_NUMBERED, 0)
        for document in self.documents.select(conn, "survey"):
            highest["survey"] = max(highest["survey"], int(document.id))
        for document in self.documents.select(conn, "option"):
            highest["option"] = max(highest["option"], int(document.id))
        for document in self.documents.select(conn, "release"):
            release = ReleaseSurvey.model_validate(document.body["record"])
            highest["release"] = max(highest["release"], release.release_survey_id)
            highest["limesurvey"] = max(highest["limesurvey"], release.limesurvey_id)
        release_options: set[int] = set()
        for document in self.documents.select(conn, "release_question"):
            question = ReleaseQuestion.model_validate(document.body)
            highest["release_question"] = max(
                highest["release_question"], question.release_question_id
            )
            for option in question.release_options:
                if option.release_option_id in release_options:
                    raise ValueError(f"fixture release option {option.release_option_id} twice")
                release_options.add(option.release_option_id)
                highest["release_option"] = max(highest["release_option"], option.release_option_id)
        for document in self.documents.select(conn, "response"):
            highest["response"] = max(highest["response"], int(document.id))
        for document in self.documents.select(conn, "answer"):
            highest["answer"] = max(highest["answer"], int(document.id))
        for kind, number in highest.items():
            self.documents.put(conn, "counter", kind, {"next": number + 1})

    def _new_id(self, conn: sqlite3.Connection, kind: str) -> int:
        counter = self.documents.get(conn, "counter", kind)
        number = 1 if counter is None else int(counter.body["next"])
        self.documents.put(conn, "counter", kind, {"next": number + 1})
        return number

    # ------------------------------------------------------------------ low-level records

    def _put_survey(self, conn: sqlite3.Connection, record: Mapping[str, Any]) -> None:
        body = {name: value for name, value in record.items() if name != "question_count"}
        self.documents.put(conn, "survey", _key(body["survey_id"]), body)

    def _survey_record(self, conn: sqlite3.Connection, survey_id: int) -> dict[str, Any] | None:
        document = self.documents.get(conn, "survey", _key(survey_id))
        return None if document is None else document.body

    def _survey(self, conn: sqlite3.Connection, record: Mapping[str, Any]) -> Survey:
        count = len(self.documents.select(conn, "question", parent=_key(record["survey_id"])))
        return Survey.model_validate({**record, "question_count": count})

    def _put_question(self, conn: sqlite3.Connection, record: Mapping[str, Any]) -> None:
        body = {name: value for name, value in record.items() if name != "options"}
        Question.model_validate({**body, "options": []})
        self.documents.put(
            conn, "question", _key(body["question_id"]), body, parent=_key(body["survey_id"])
        )

    def _question_record(self, conn: sqlite3.Connection, question_id: int) -> dict[str, Any] | None:
        document = self.documents.get(conn, "question", _key(question_id))
        return None if document is None else document.body

    def _options(self, conn: sqlite3.Connection, question_id: int) -> list[Option]:
        options = [
            Option.model_validate(document.body)
            for document in self.documents.select(conn, "option", parent=_key(question_id))
        ]
        return sorted(options, key=lambda option: (option.order, option.option_id))

    def _question(self, conn: sqlite3.Connection, record: Mapping[str, Any]) -> Question:
        return Question.model_validate(
            {**record, "options": self._options(conn, record["question_id"])}
        )

    def _put_option(self, conn: sqlite3.Connection, record: Mapping[str, Any]) -> Option:
        option = Option.model_validate(record)
        self.documents.put(
            conn,
            "option",
            _key(option.option_id),
            option.model_dump(mode="json"),
            parent=_key(option.question_id),
        )
        return option

    def _delete_question(self, conn: sqlite3.Connection, question_id: int) -> None:
        self.documents.delete_children(conn, "option", _key(question_id))
        self.documents.delete(conn, "question", _key(question_id))

    def _put_release(self, conn: sqlite3.Connection, detail: ReleaseSurveyDetail) -> None:
        record = ReleaseSurvey.model_validate(
            detail.model_dump(mode="json", exclude={"release_questions"})
        )
        key = _key(record.release_survey_id)
        self.documents.insert(
            conn, "release", key, {"record": record.model_dump(mode="json"), "deleted": False}
        )
        for question in detail.release_questions:
            self.documents.insert(
                conn,
                "release_question",
                _key(question.release_question_id),
                question.model_dump(mode="json"),
                parent=key,
            )

    def _release_record(
        self, conn: sqlite3.Connection, release_survey_id: int, *, hidden_too: bool = False
    ) -> ReleaseSurvey | None:
        document = self.documents.get(conn, "release", _key(release_survey_id))
        if document is None or (document.body["deleted"] and not hidden_too):
            return None
        return ReleaseSurvey.model_validate(document.body["record"])

    def _releases(
        self, conn: sqlite3.Connection, *, hidden_too: bool = False
    ) -> list[ReleaseSurvey]:
        return [
            ReleaseSurvey.model_validate(document.body["record"])
            for document in self.documents.select(conn, "release")
            if hidden_too or not document.body["deleted"]
        ]

    def _release_by_limesurvey(
        self, conn: sqlite3.Connection, limesurvey_id: int, *, hidden_too: bool = False
    ) -> ReleaseSurvey | None:
        for release in self._releases(conn, hidden_too=hidden_too):
            if release.limesurvey_id == limesurvey_id:
                return release
        return None

    def _release_questions(
        self, conn: sqlite3.Connection, release_survey_id: int
    ) -> list[ReleaseQuestion]:
        questions = [
            ReleaseQuestion.model_validate(document.body)
            for document in self.documents.select(
                conn, "release_question", parent=_key(release_survey_id)
            )
        ]
        return sorted(
            questions, key=lambda question: (question.order, question.release_question_id)
        )

    def _release_question_in(
        self, conn: sqlite3.Connection, release_survey_id: int, release_question_id: int
    ) -> ReleaseQuestion | None:
        document = self.documents.get(conn, "release_question", _key(release_question_id))
        if document is None or document.parent != _key(release_survey_id):
            return None
        return ReleaseQuestion.model_validate(document.body)

    def _put_response(self, conn: sqlite3.Connection, response: SurveyResponse) -> None:
        self.documents.put(
            conn, "response", _key(response.response_id), response.model_dump(mode="json")
        )

    def _response(self, conn: sqlite3.Connection, response_id: int) -> SurveyResponse | None:
        document = self.documents.get(conn, "response", _key(response_id))
        return None if document is None else SurveyResponse.model_validate(document.body)

    def _responses(self, conn: sqlite3.Connection) -> list[SurveyResponse]:
        return [
            SurveyResponse.model_validate(document.body)
            for document in self.documents.select(conn, "response")
        ]

    @staticmethod
    def _answer_json(body: Mapping[str, Any], response: SurveyResponse) -> dict[str, Any]:
        shown = {name: value for name, value in body.items() if name != "mirror"}
        shown["response"] = {
            "response_id": response.response_id,
            "user_id": response.user_id,
            "biosample_id": response.biosample_id.root if response.biosample_id else None,
            "release_survey_id": response.release_survey_id,
        }
        return shown

    def _check_answer(self, body: Mapping[str, Any], response: SurveyResponse) -> Answer:
        return Answer.model_validate(self._answer_json(body, response))

    def _answers(self, conn: sqlite3.Connection) -> list[dict[str, Any]]:
        """Every answer as Answer JSON, with its response's current binding."""
        responses = {
            document.id: SurveyResponse.model_validate(document.body)
            for document in self.documents.select(conn, "response")
        }
        answers: list[dict[str, Any]] = []
        for document in self.documents.select(conn, "answer"):
            assert document.parent is not None
            answers.append(self._answer_json(document.body, responses[document.parent]))
        return answers

    # ------------------------------------------------------------------ core rows

    @staticmethod
    def _mirror(conn: sqlite3.Connection, user_id: str, body: Mapping[str, Any]) -> int:
        """Write the answer as a `survey_answers` row (what survey_target and question_size
        read): free answers have no concept code there."""
        cursor = conn.execute(
            "INSERT INTO survey_answers (user_id, data_element_identifier_de, concept_code,"
            " content) VALUES (?, ?, ?, ?)",
            (
                user_id,
                body["release_question"]["data_element_identifier_de"],
                body["concept_code"] or None,
                body["content"],
            ),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    @staticmethod
    def _unmirror(conn: sqlite3.Connection, mirror: int | None) -> None:
        if mirror is not None:
            conn.execute("DELETE FROM survey_answers WHERE id = ?", (mirror,))

    # ------------------------------------------------------------------ drafts

    def surveys(
        self,
        *,
        survey_ids: Sequence[int] = (),
        developer_ids: Sequence[str] = (),
        sort: str | None = None,
    ) -> list[Survey]:
        with self.read() as conn:
            records = [document.body for document in self.documents.select(conn, "survey")]
            if survey_ids:
                records = [record for record in records if record["survey_id"] in survey_ids]
            if developer_ids:
                records = [record for record in records if record["developer_id"] in developer_ids]
            ordered = sort_records(
                records, sort, sortable=_SURVEY_SORT, default=["survey_id"], what="surveys"
            )
            return [self._survey(conn, record) for record in ordered]

    def survey(self, survey_id: int) -> Survey | None:
        with self.read() as conn:
            record = self._survey_record(conn, survey_id)
            return None if record is None else self._survey(conn, record)

    def replace_survey(self, fields: SurveyFields) -> Survey:
        """Update the survey `fields.survey_id` names, or create one (a new id) when it names
        none."""
        with self.write() as conn:
            now = utc_now()
            current = (
                None if fields.survey_id is None else self._survey_record(conn, fields.survey_id)
            )
            values = {
                "developer_id": fields.developer_id,
                "title": fields.title,
                "description": fields.description,
                "redirect_url": fields.redirect_url,
            }
            if current is None:
                record = {
                    "survey_id": self._new_id(conn, "survey"),
                    **values,
                    "end_text": fields.end_text,
                    "create_time": now,
                    "update_time": now,
                }
            else:
                record = {**current, **values, "update_time": now}
                if fields.end_text_given:
                    record["end_text"] = fields.end_text
            survey = self._survey(conn, record)
            self._put_survey(conn, record)
            return survey

    def delete_surveys(self, survey_ids: Iterable[int]) -> None:
        """Delete the surveys with their questions and options; ids already absent are fine
        (the state asked for is there)."""
        with self.write() as conn:
            for survey_id in survey_ids:
                self._clean_questions(conn, survey_id)
                self.documents.delete(conn, "survey", _key(survey_id))

    def questions(
        self,
        survey_id: int,
        *,
        question_ids: Sequence[int] = (),
        data_elements: Sequence[str] = (),
        sort: str | None = None,
    ) -> list[Question]:
        with self.read() as conn:
            if self._survey_record(conn, survey_id) is None:
                raise ApiError(NOT_FOUND, f"survey_id: survey {survey_id} does not exist")
            records = [
                document.body
                for document in self.documents.select(conn, "question", parent=_key(survey_id))
            ]
            if question_ids:
                records = [record for record in records if record["question_id"] in question_ids]
            if data_elements:
                records = [
                    record
                    for record in records
                    if record["data_element_identifier_de"] in data_elements
                ]
            ordered = sort_records(
                records,
                sort,
                sortable=_QUESTION_SORT,
                default=["order", "question_id"],
                what="questions",
            )
            return [self._question(conn, record) for record in ordered]

    def question(self, question_id: int) -> Question | None:
        with self.read() as conn:
            record = self._question_record(conn, question_id)
            return None if record is None else self._question(conn, record)

    def replace_question(self, fields: QuestionFields) -> Question:
        """Create the question under its id in the survey, or update it (a field not given
        keeps its value; on creation: qtype input, order 0, not required, no description)."""
        with self.write() as conn:
            if self._survey_record(conn, fields.survey_id) is None:
                raise ApiError(NOT_FOUND, f"survey_id: survey {fields.survey_id} does not exist")
            current = self._question_record(conn, fields.question_id)
            if current is not None and current["survey_id"] != fields.survey_id:
                raise ApiError(
                    INVALID_ARGUMENT,
                    f"invalid argument: question_id: question {fields.question_id} belongs to "
                    f"survey {current['survey_id']}, not {fields.survey_id}",
                )
            record: dict[str, Any] = current or {
                "survey_id": fields.survey_id,
                "question_id": fields.question_id,
                "order": 0,
                "required": False,
                "description": None,
                "qtype": "input",
            }
            record = {
                **record,
                "title": fields.title,
                "data_element_identifier_de": fields.data_element_identifier_de,
            }
            for name in ("qtype", "order", "required", "description"):
                value = getattr(fields, name)
                if value is not None:
                    record[name] = value
            self._put_question(conn, record)
            return self._question(conn, record)

    def delete_questions(self, question_ids: Iterable[int]) -> None:
        """Delete the questions with their options; ids already absent are fine."""
        with self.write() as conn:
            for question_id in question_ids:
                self._delete_question(conn, question_id)

    def _clean_questions(self, conn: sqlite3.Connection, survey_id: int) -> None:
        for document in self.documents.select(conn, "question", parent=_key(survey_id)):
            self._delete_question(conn, int(document.id))

    def clean_questions(self, survey_ids: Iterable[int]) -> None:
        """Delete every question (and option) of the surveys; unknown surveys are fine."""
        with self.write() as conn:
            for survey_id in survey_ids:
                self._clean_questions(conn, survey_id)

    def options(
        self, question_id: int, *, option_ids: Sequence[int] = (), sort: str | None = None
    ) -> list[Option]:
        with self.read() as conn:
            if self._question_record(conn, question_id) is None:
                raise ApiError(NOT_FOUND, f"question_id: question {question_id} does not exist")
            records = [
                option.model_dump(mode="json") for option in self._options(conn, question_id)
            ]
            if option_ids:
                records = [record for record in records if record["option_id"] in option_ids]
            ordered = sort_records(
                records, sort, sortable=_OPTION_SORT, default=["order", "option_id"], what="options"
            )
            return [Option.model_validate(record) for record in ordered]

    def option(self, option_id: int) -> Option | None:
        with self.read() as conn:
            document = self.documents.get(conn, "option", _key(option_id))
            return None if document is None else Option.model_validate(document.body)

    def replace_option(
        self,
        *,
        question_id: int,
        concept_code: str,
        value: str,
        option_id: int | None,
        order: int | None,
    ) -> Option:
        """Update the option `option_id` names, or create one (order 0 unless given)."""
        with self.write() as conn:
            if self._question_record(conn, question_id) is None:
                raise ApiError(NOT_FOUND, f"question_id: question {question_id} does not exist")
            if option_id is None:
                record: dict[str, Any] = {
                    "option_id": self._new_id(conn, "option"),
                    "question_id": question_id,
                    "order": 0,
                }
            else:
                document = self.documents.get(conn, "option", _key(option_id))
                if document is None:
                    raise ApiError(NOT_FOUND, f"option_id: option {option_id} does not exist")
                record = dict(document.body)
                if record["question_id"] != question_id:
                    raise ApiError(
                        INVALID_ARGUMENT,
                        f"invalid argument: option_id: option {option_id} belongs to question "
                        f"{record['question_id']}, not {question_id}",
                    )
            record.update(concept_code=concept_code, value=value)
            if order is not None:
                record["order"] = order
            return self._put_option(conn, record)

    def delete_options(self, option_ids: Iterable[int]) -> None:
        """Delete the options; ids already absent are fine."""
        with self.write() as conn:
            for option_id in option_ids:
                self.documents.delete(conn, "option", _key(option_id))

    def clean_options(self, question_ids: Iterable[int]) -> None:
        """Delete every option of the questions; unknown questions are fine."""
        with self.write() as conn:
            for question_id in question_ids:
                self.documents.delete_children(conn, "option", _key(question_id))

    def batch_create_options(self, question_id: int, options: Sequence[NewOption]) -> list[Option]:
        """Replace all options of a radio or checkbox question by new ones (new ids)."""
        with self.write() as conn:
            record = self._question_record(conn, question_id)
            if record is None:
                raise ApiError(NOT_FOUND, f"question_id: question {question_id} does not exist")
            if record["qtype"] not in CHOICE_TYPES:
                raise ApiError(
                    INVALID_ARGUMENT,
                    f"invalid argument: question_id: question {question_id} is a "
                    f"{record['qtype']!r} question; only checkbox and radio questions take "
                    "options in a batch",
                )
            self.documents.delete_children(conn, "option", _key(question_id))
            return [
                self._put_option(
                    conn,
                    {
                        "option_id": self._new_id(conn, "option"),
                        "question_id": question_id,
                        "concept_code": option.concept_code,
                        "value": option.value,
                        "order": 0 if option.order is None else option.order,
                    },
                )
                for option in options
            ]

    # ------------------------------------------------------------------ releases

    def publish(self, survey_id: int) -> uuid.UUID:
        """Copy the draft into a new release (its next version) and record the publishing task
        as done; the task's id."""
        with self.write() as conn:
            record = self._survey_record(conn, survey_id)
            if record is None:
                raise ApiError(NOT_FOUND, f"survey_id: survey {survey_id} does not exist")
            drafts = self._questions_in(conn, survey_id)
            release_survey_id = self._new_id(conn, "release")
            limesurvey_id = self._new_id(conn, "limesurvey")
            versions = [
                release.version
                for release in self._releases(conn, hidden_too=True)
                if release.survey_id == survey_id
            ]
            now = utc_now()
            questions = []
            for draft in drafts:
                questions.append(
                    ReleaseQuestion(
                        release_question_id=self._new_id(conn, "release_question"),
                        data_element_identifier_de=draft.data_element_identifier_de,
                        title=draft.title,
                        description=draft.description,
                        qtype=draft.qtype,
                        release_options=[
                            ReleaseOption(
                                release_option_id=self._new_id(conn, "release_option"),
                                concept_code=option.concept_code,
                                code=f"A{position}",
                                value=option.value,
                                order=option.order,
                            )
                            for position, option in enumerate(draft.options, start=1)
                        ],
                        required=draft.required,
                        order=draft.order,
                    )
                )
            survey_url = _SURVEY_URL.format(sid=limesurvey_id)
            detail = ReleaseSurveyDetail.model_validate(
                {
                    "release_survey_id": release_survey_id,
                    "developer_id": record["developer_id"],
                    "title": record["title"],
                    "description": record["description"],
                    "end_text": record["end_text"],
                    "redirect_url": record["redirect_url"],
                    "question_count": len(questions),
                    "survey_id": survey_id,
                    "limesurvey_id": limesurvey_id,
                    "release_time": now,
                    "sync_time": now,
                    "version": max(versions, default=0) + 1,
                    "survey_url": survey_url,
                    "release_questions": [
                        question.model_dump(mode="json") for question in questions
                    ],
                }
            )
            self._put_release(conn, detail)
            task_id = uuid.uuid5(_TASK_NAMESPACE, f"release {release_survey_id}")
            # task_result reads store.py's `tasks` rows: the task has succeeded, its result
            # the published survey's address.
            result = TaskResult.model_validate(
                {"status": TaskStatus.SUCCESS, "result": [survey_url]}
            ).model_dump(mode="json")
            conn.execute(
                "INSERT INTO tasks (task_id, status, result) VALUES (?, ?, ?)",
                (str(task_id).lower(), result["status"], json.dumps(result["result"])),
            )
            return task_id

    def _questions_in(self, conn: sqlite3.Connection, survey_id: int) -> list[Question]:
        records = [
            document.body
            for document in self.documents.select(conn, "question", parent=_key(survey_id))
        ]
        ordered = sorted(records, key=lambda record: (record["order"], record["question_id"]))
        return [self._question(conn, record) for record in ordered]

    def releases(
        self,
        *,
        survey_ids: Sequence[int] = (),
        developer_ids: Sequence[str] = (),
        release_survey_ids: Sequence[int] = (),
        limesurvey_ids: Sequence[int] = (),
        sort: str | None = None,
    ) -> list[ReleaseSurvey]:
        with self.read() as conn:
            found = self._releases(conn)
        chosen = [
            release.model_dump(mode="json")
            for release in found
            if (not survey_ids or release.survey_id in survey_ids)
            and (not developer_ids or release.developer_id in developer_ids)
            and (not release_survey_ids or release.release_survey_id in release_survey_ids)
            and (not limesurvey_ids or release.limesurvey_id in limesurvey_ids)
        ]
        # The newest release first, unless asked otherwise (as the platform lists them).
        ordered = sort_records(
            chosen,
            sort or "-release_survey_id",
            sortable=_RELEASE_SORT,
            default=[],
            what="releases",
        )
        return [ReleaseSurvey.model_validate(record) for record in ordered]

    def release(self, release_survey_id: int) -> ReleaseSurveyDetail | None:
        with self.read() as conn:
            release = self._release_record(conn, release_survey_id)
            if release is None:
                return None
            questions = self._release_questions(conn, release_survey_id)
        return ReleaseSurveyDetail.model_validate(
            {
                **release.model_dump(mode="json"),
                "release_questions": [question.model_dump(mode="json") for question in questions],
            }
        )

    def delete_release(self, release_survey_id: int) -> None:
        """Hide the release from every reader of releases and release questions; its responses
        and answers stay. Deleting a deleted release changes nothing."""
        with self.write() as conn:
            document = self.documents.get(conn, "release", _key(release_survey_id))
            if document is None:
                raise ApiError(
                    NOT_FOUND,
                    f"release_survey_id: published survey {release_survey_id} does not exist",
                )
            self.documents.put(conn, "release", document.id, {**document.body, "deleted": True})

    def release_questions(
        self,
        release_survey_id: int,
        *,
        release_question_ids: Sequence[int] = (),
        data_elements: Sequence[str] = (),
        sort: str | None = None,
    ) -> list[ReleaseQuestion]:
        with self.read() as conn:
            if self._release_record(conn, release_survey_id) is None:
                raise ApiError(
                    NOT_FOUND,
                    f"release_survey_id: published survey {release_survey_id} does not exist",
                )
            questions = self._release_questions(conn, release_survey_id)
        records = [
            question.model_dump(mode="json")
            for question in questions
            if (not release_question_ids or question.release_question_id in release_question_ids)
            and (not data_elements or question.data_element_identifier_de in data_elements)
        ]
        ordered = sort_records(
            records,
            sort,
            sortable=_RELEASE_QUESTION_SORT,
            default=["order", "release_question_id"],
            what="published questions",
        )
        return [ReleaseQuestion.model_validate(record) for record in ordered]

    def release_question(self, release_question_id: int) -> ReleaseQuestion | None:
        with self.read() as conn:
            document = self.documents.get(conn, "release_question", _key(release_question_id))
            if document is None or document.parent is None:
                return None
            if self._release_record(conn, int(document.parent)) is None:
                return None  # its release was deleted
            return ReleaseQuestion.model_validate(document.body)

    # ------------------------------------------------------------------ responses

    def responses(self, where: ResponseFilter, sort: str | None = None) -> list[SurveyResponse]:
        with self.read() as conn:
            found = self._responses(conn)
        records = [
            response.model_dump(mode="json")
            for response in found
            if (not where.response_ids or response.response_id in where.response_ids)
            and (not where.user_ids or response.user_id in where.user_ids)
            and (
                not where.biosample_ids
                or (
                    response.biosample_id is not None
                    and response.biosample_id.root in where.biosample_ids
                )
            )
            and (
                not where.limeresponse_ids
                or (
                    response.limeresponse_id is not None
                    and response.limeresponse_id.root in where.limeresponse_ids
                )
            )
            and (
                not where.release_survey_ids
                or response.release_survey_id in where.release_survey_ids
            )
        ]
        ordered = sort_records(
            records, sort, sortable=_RESPONSE_SORT, default=["response_id"], what="responses"
        )
        return [SurveyResponse.model_validate(record) for record in ordered]

    def response(self, response_id: int) -> SurveyResponse | None:
        with self.read() as conn:
            return self._response(conn, response_id)

    def _imported_answer(
        self,
        conn: sqlite3.Connection,
        release_survey_id: int,
        raw: Mapping[str, Any],
        index: int,
    ) -> dict[str, Any]:
        """An answer of a response to the release, checked against its question: the answer's
        document body without id, time and mirror."""
        where = f"answers[{index}]"
        question_id = raw["release_question_id"]
        question = self._release_question_in(conn, release_survey_id, question_id)
        if question is None:
            raise ApiError(
                INVALID_ARGUMENT,
                f"invalid argument: {where}.release_question_id: {question_id} is not a "
                f"question of published survey {release_survey_id}",
            )
        code, content = raw.get("concept_code"), raw.get("content")
        if (code is None) == (content is None):
            raise ApiError(
                INVALID_ARGUMENT,
                f"invalid argument: {where}: give exactly one of content and concept_code",
            )
        if code is not None:
            chosen = [option for option in question.release_options if option.concept_code == code]
            if not chosen:
                raise ApiError(
                    INVALID_ARGUMENT,
                    f"invalid argument: {where}.concept_code: {code!r} is not an option of "
                    f"question {question_id}",
                )
            code_text, text = code, chosen[0].value
        else:
            assert content is not None
            if isinstance(content, float) and not math.isfinite(content):
                raise ApiError(
                    INVALID_ARGUMENT, f"invalid argument: {where}.content: not a finite number"
                )
            code_text, text = "", _number_text(content)
        return {
            "concept_code": code_text,
            "content": text,
            "release_question": {
                "release_question_id": question.release_question_id,
                "data_element_identifier_de": question.data_element_identifier_de,
            },
            "qtype": question.qtype,
        }

    def _checked_answers(
        self,
        conn: sqlite3.Connection,
        release_survey_id: int,
        answers: Sequence[Mapping[str, Any]],
    ) -> list[dict[str, Any]]:
        checked = [
            self._imported_answer(conn, release_survey_id, raw, index)
            for index, raw in enumerate(answers)
        ]
        seen: dict[int, list[str]] = {}
        for index, answer in enumerate(checked):
            question_id = answer["release_question"]["release_question_id"]
            earlier = seen.setdefault(question_id, [])
            if earlier and answer["qtype"] != "checkbox":
                raise ApiError(
                    INVALID_ARGUMENT,
                    f"invalid argument: answers[{index}]: question {question_id} is answered "
                    "twice; only a checkbox question takes one answer per chosen option",
                )
            if answer["concept_code"] and answer["concept_code"] in earlier:
                raise ApiError(
                    INVALID_ARGUMENT,
                    f"invalid argument: answers[{index}]: option {answer['concept_code']!r} of "
                    f"question {question_id} is chosen twice",
                )
            earlier.append(answer["concept_code"])
        for answer in checked:
            del answer["qtype"]
        return checked

    def _store_answers(
        self,
        conn: sqlite3.Connection,
        response: SurveyResponse,
        answers: Sequence[Mapping[str, Any]],
        create_time: str,
    ) -> None:
        """Make `answers` the response's answers (mirrored), keeping the ids of those it had,
        in order, so that copying the same answers again changes no id."""
        key = _key(response.response_id)
        old = self.documents.select(conn, "answer", parent=key)
        for document in old:
            self._unmirror(conn, document.body["mirror"])
        for document in old[len(answers) :]:
            self.documents.delete(conn, "answer", document.id)
        for position, answer in enumerate(answers):
            answer_id = (
                int(old[position].id) if position < len(old) else self._new_id(conn, "answer")
            )
            body = {
                "answer_id": answer_id,
                "concept_code": answer["concept_code"],
                "content": answer["content"],
                "time_consuming": None,
                "create_time": create_time,
                "release_question": answer["release_question"],
            }
            body["mirror"] = self._mirror(conn, response.user_id, body)
            self._check_answer(body, response)
            self.documents.put(conn, "answer", _key(answer_id), body, parent=key)

    def import_response(
        self,
        *,
        user_id: str,
        biosample_id: str,
        release_survey_id: int,
        answers: Sequence[ImportedAnswerFields],
    ) -> SurveyResponse:
        """Store a new response with its answers, submitted now; 40401 for a sample the
        samples registry does not have."""
        # Before this family's transaction (the Store's lock is not reentrant).
        self.store.require_sample(biosample_id)
        with self.write() as conn:
            if self._release_record(conn, release_survey_id) is None:
                raise ApiError(
                    NOT_FOUND,
                    f"release_survey_id: published survey {release_survey_id} does not exist",
                )
            checked = self._checked_answers(
                conn,
                release_survey_id,
                [
                    {
                        "release_question_id": answer.release_question_id,
                        "content": answer.content,
                        "concept_code": answer.concept_code,
                    }
                    for answer in answers
                ],
            )
            now = utc_now()
            response = SurveyResponse.model_validate(
                {
                    "user_id": user_id,
                    "biosample_id": biosample_id,
                    "time_consuming": None,
                    "response_id": self._new_id(conn, "response"),
                    "ip_address": None,
                    "referer_url": None,
                    "submit_time": now,
                    "start_time": None,
                    "last_action_time": now,
                    "release_survey_id": release_survey_id,
                    "limeresponse_id": None,
                }
            )
            self._put_response(conn, response)
            self._store_answers(conn, response, checked, now)
            return response

    def sync_response(
        self,
        *,
        limesurvey_id: int,
        limeresponse_id: int,
        user_id: str | None,
        biosample_id: str | None,
    ) -> SurveyResponse:
        """Copy a LimeSurvey response (with its answers) into a response, the one an earlier
        sync of it made if any; `user_id` and `biosample_id` bind it when given (40401 for a
        sample the samples registry does not have)."""
        if biosample_id is not None:
            self.store.require_sample(biosample_id)
        with self.write() as conn:
            release = self._release_by_limesurvey(conn, limesurvey_id)
            if release is None:
                raise ApiError(
                    NOT_FOUND,
                    f"limesurvey_id: no published survey has LimeSurvey id {limesurvey_id}",
                )
            source = self.documents.get(conn, "lime_response", f"{limesurvey_id}:{limeresponse_id}")
            if source is None:
                raise ApiError(
                    NOT_FOUND,
                    f"limeresponse_id: LimeSurvey survey {limesurvey_id} has no response "
                    f"{limeresponse_id}",
                )
            lime = source.body
            existing = next(
                (
                    response
                    for response in self._responses(conn)
                    if response.release_survey_id == release.release_survey_id
                    and response.limeresponse_id is not None
                    and response.limeresponse_id.root == limeresponse_id
                ),
                None,
            )
            bound_user = user_id or (existing.user_id if existing else None) or lime["user_id"]
            if bound_user is None:
                raise ApiError(
                    INVALID_ARGUMENT,
                    f"invalid argument: user_id: LimeSurvey response {limeresponse_id} names no "
                    "user; give user_id to bind it to one",
                )
            old_sample = existing.biosample_id.root if existing and existing.biosample_id else None
            checked = self._checked_answers(conn, release.release_survey_id, lime["answers"])
            response = SurveyResponse.model_validate(
                {
                    "user_id": bound_user,
                    "biosample_id": biosample_id or old_sample or lime["biosample_id"],
                    "time_consuming": lime["time_consuming"],
                    "response_id": (
                        existing.response_id if existing else self._new_id(conn, "response")
                    ),
                    "ip_address": lime["ip_address"],
                    "referer_url": lime["referer_url"],
                    "submit_time": lime["submit_time"],
                    "start_time": lime["start_time"],
                    "last_action_time": lime["last_action_time"],
                    "release_survey_id": release.release_survey_id,
                    "limeresponse_id": limeresponse_id,
                }
            )
            self._put_response(conn, response)
            self._store_answers(conn, response, checked, lime["submit_time"] or utc_now())
            return response

    # ------------------------------------------------------------------ answers

    def answers(self, where: AnswerFilter, sort: str | None = None) -> list[Answer]:
        with self.read() as conn:
            found = self._answers(conn)
        chosen = [
            answer
            for answer in found
            if (not where.response_ids or answer["response"]["response_id"] in where.response_ids)
            and (
                not where.release_survey_ids
                or answer["response"]["release_survey_id"] in where.release_survey_ids
            )
            and (not where.answer_ids or answer["answer_id"] in where.answer_ids)
            and (not where.user_ids or answer["response"]["user_id"] in where.user_ids)
            and (
                not where.biosample_ids or answer["response"]["biosample_id"] in where.biosample_ids
            )
            and (not where.concept_codes or answer["concept_code"] in where.concept_codes)
        ]
        ordered = sort_records(
            chosen, sort, sortable=_ANSWER_SORT, default=["answer_id"], what="answers"
        )
        return [Answer.model_validate(answer) for answer in ordered]

    def answer(self, answer_id: int) -> Answer | None:
        with self.read() as conn:
            document = self.documents.get(conn, "answer", _key(answer_id))
            if document is None or document.parent is None:
                return None
            response = self._response(conn, int(document.parent))
        assert response is not None
        return self._check_answer(document.body, response)

    def latest_answers(self, user_id: str, data_elements: Sequence[str]) -> list[Answer]:
        """For each question bound to one of the data elements, the user's answers in the
        latest response that answered it; by answer id. 40401 for a user without responses."""
        with self.read() as conn:
            responses = {
                response.response_id: response
                for response in self._responses(conn)
                if response.user_id == user_id
            }
            if not responses:
                raise ApiError(NOT_FOUND, f"user_id: user {user_id} has no survey responses")
            found = [
                answer
                for answer in self._answers(conn)
                if answer["response"]["response_id"] in responses
                and answer["release_question"]["data_element_identifier_de"] in data_elements
            ]

        def recency(response_id: int) -> tuple[str, int]:
            response = responses[response_id]
            moment = response.submit_time or response.last_action_time
            return ("" if moment is None else moment.isoformat(), response_id)

        latest: dict[int, int] = {}
        for answer in found:
            question_id = answer["release_question"]["release_question_id"]
            response_id = answer["response"]["response_id"]
            if question_id not in latest or recency(response_id) > recency(latest[question_id]):
                latest[question_id] = response_id
        chosen = [
            answer
            for answer in found
            if latest[answer["release_question"]["release_question_id"]]
            == answer["response"]["response_id"]
        ]
        return [
            Answer.model_validate(answer) for answer in sorted(chosen, key=lambda a: a["answer_id"])
        ]

    # ------------------------------------------------------------------ statistics

    def _collected(
        self, conn: sqlite3.Connection, survey_id: int
    ) -> tuple[dict[str, Any], list[Question], list[SurveyResponse], list[dict[str, Any]]]:
        """The draft, its questions, the responses to any of its releases and their answers."""
        record = self._survey_record(conn, survey_id)
        if record is None:
            raise ApiError(NOT_FOUND, f"survey_id: survey {survey_id} does not exist")
        releases = {
            release.release_survey_id
            for release in self._releases(conn, hidden_too=True)
            if release.survey_id == survey_id
        }
        responses = [
            response for response in self._responses(conn) if response.release_survey_id in releases
        ]
        ids = {response.response_id for response in responses}
        answers = [
            answer for answer in self._answers(conn) if answer["response"]["response_id"] in ids
        ]
        return record, self._questions_in(conn, survey_id), responses, answers

    def survey_statistics(self, survey_id: int, now: datetime | None = None) -> SurveyStatistics:
        """The draft survey's collection, computed now from the responses to its releases
        (answers are matched to its questions by data element)."""
        with self.read() as conn:
            record, questions, responses, answers = self._collected(conn, survey_id)
        moment = now or datetime.now(UTC)
        total = len(responses)
        times = [r.time_consuming for r in responses if r.time_consuming is not None]
        average = round(statistics.fmean(times)) if times else 0
        per_question = []
        for serial, question in enumerate(questions, start=1):
            mine = [
                answer
                for answer in answers
                if answer["release_question"]["data_element_identifier_de"]
                == question.data_element_identifier_de
            ]
            answered = len({answer["response"]["response_id"] for answer in mine})
            rate = answered / total if total else 0.0
            per_question.append(
                QuestionCompletion(
                    readable_completion_rate=f"{round(rate * 100)}%",
                    statistics=QuestionAnswers(
                        type="list" if question.options else "dict",
                        answers=_distribution(question, mine),
                    ),
                    data_element_identifier_de=question.data_element_identifier_de,
                    serial=serial,
                    completion_size=answered,
                    order=question.order,
                    title=question.title,
                    completion_rate=rate,
                    required=question.required,
                    qtype=question.qtype,
                )
            )
        today = moment.date()
        days = [today - timedelta(days=back) for back in range(_COMPLETION_DAYS - 1, -1, -1)]
        per_day = dict.fromkeys(days, 0)
        for response in responses:
            when = response.submit_time or response.last_action_time
            if when is not None and when.astimezone(UTC).date() in per_day:
                per_day[when.astimezone(UTC).date()] += 1
        return SurveyStatistics(
            total_question_size=len(questions),
            title=record["title"],
            readable_avg_completion_time=_readable_seconds(average),
            questions=per_question,
            avg_completion_time=average,
            total_completion_size=total,
            update_time=moment.strftime(_MINUTE_FORMAT),
            description=record["description"],
            completions=[DailyCompletion(completion_size=per_day[day], date=day) for day in days],
        )

    def question_statistics(self, survey_id: int, data_element: str) -> QuestionStatisticsResult:
        """The answers to the survey's question bound to `data_element`: counted per option
        for a question with options (`list`), else one by one, newest first, with a summary of
        the numeric ones for a number question (`dict`)."""
        with self.read() as conn:
            _, questions, _, answers = self._collected(conn, survey_id)
        question = next(
            (q for q in questions if q.data_element_identifier_de == data_element), None
        )
        if question is None:
            raise ApiError(
                NOT_FOUND,
                f"data_element_identifier_de: survey {survey_id} has no question bound to "
                f"{data_element}",
            )
        mine = [
            answer
            for answer in answers
            if answer["release_question"]["data_element_identifier_de"] == data_element
        ]
        entries = _distribution(question, mine)
        summary = None
        if question.qtype == "number":
            numbers = [
                value for value in (_number(a["content"]) for a in mine) if value is not None
            ]
            if numbers:
                summary = AnswerSummary(
                    maximum=max(numbers),
                    minimum=min(numbers),
                    median=statistics.median(numbers),
                    average=round(statistics.fmean(numbers), 2),
                )
        return QuestionStatisticsResult(
            type="list" if question.options else "dict", answers=entries, summary=summary
        )


def _distribution(
    question: Question, answers: Sequence[Mapping[str, Any]]
) -> list[StatisticsAnswer]:
    """Per option (with how many chose it), or each answer, newest first."""
    if question.options:
        return [
            StatisticsAnswer(
                create_time=None,
                serial=serial,
                size=sum(1 for answer in answers if answer["concept_code"] == option.concept_code),
                content=option.value,
                concept_code=option.concept_code,
            )
            for serial, option in enumerate(question.options, start=1)
        ]
    newest = sorted(
        answers, key=lambda answer: (answer["create_time"], answer["answer_id"]), reverse=True
    )
    entries = []
    for serial, answer in enumerate(newest, start=1):
        value: str | float = answer["content"]
        if question.qtype == "number":
            number = _number(answer["content"])
            if number is not None:
                value = _plain_number(number)
        entries.append(
            StatisticsAnswer(
                create_time=_parse_time(answer["create_time"]).strftime(_SECOND_FORMAT),
                serial=serial,
                size=None,
                content=value,
                concept_code=answer["concept_code"],
            )
        )
    return entries


def _readable_seconds(seconds: int) -> str:
    """`63` -> `1分3秒`, as the platform writes durations."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{secs}秒"
    if minutes or hours:
        text = f"{minutes}分{text}"
    if hours:
        text = f"{hours}小时{text}"
    return text


def _series(series: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """The numbered example surveys `survey_series` describes."""
    if not series:
        return []
    start = _parse_time(series["first_create_time"])
    developers = series["developer_ids"]
    records = []
    for n in range(series["first"], series["last"] + 1):
        created = start + timedelta(hours=series["hours_apart"] * (n - series["first"]))
        stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ")
        records.append(
            {
                "survey_id": n,
                "developer_id": developers[n % len(developers)],
                "title": series["title"].format(n=n),
                "description": series["description"].format(n=n),
                "end_text": series["end_text"],
                "redirect_url": series["redirect_url"],
                "create_time": stamp,
                "update_time": stamp,
            }
        )
    return records


__all__ = [
    "AnswerFilter",
    "ImportedAnswerFields",
    "QuestionFields",
    "QuestionStatisticsResult",
    "ResponseFilter",
    "SurveyFields",
    "SurveyStore",
]
