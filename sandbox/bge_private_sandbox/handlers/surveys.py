"""The surveys family (so far): task results, survey projects, target users, question counts."""

from __future__ import annotations

from ..answers import data_page, ok, split_ids
from ..models import (
    QuestionSize,
    QuestionSizeResponse,
    SurveyProjectsForm,
    SurveyProjectsResponse,
    SurveyTargetForm,
    SurveyTargetResponse,
    TargetUser,
    TaskResult,
    TaskResultForm,
    TaskResultResponse,
    TaskStatus,
    UserIdForm,
)
from ..store import Store
from ..survey import target_users
from . import handles


@handles("task_result")
def task_result(store: Store, form: TaskResultForm) -> TaskResultResponse:
    result = store.task(str(form.task_id))
    if result is None:
        # Like Celery, which the platform's tasks run on: a task id nobody knows is PENDING,
        # indistinguishable from a task that has not started yet.
        result = TaskResult(status=TaskStatus.PENDING, result=None)
    return ok(TaskResultResponse, result)


@handles("survey_projects")
def survey_projects(store: Store, form: SurveyProjectsForm) -> SurveyProjectsResponse:
    projects = store.survey_projects(split_ids(form.project_ids))
    # The answer is paged, but the operation takes no page or limit: always the first page.
    return data_page(SurveyProjectsResponse, projects, page=1, limit=50)


@handles("survey_target")
def survey_target(store: Store, form: SurveyTargetForm) -> SurveyTargetResponse:
    all_of, any_of = form.AND or [], form.OR or []
    answers = store.answers(
        condition.data_element_identifier_de for condition in [*all_of, *any_of]
    )
    users = target_users(all_of, any_of, answers, store.users_with_answers)
    return data_page(
        SurveyTargetResponse,
        [TargetUser(user_id=user_id) for user_id in users],
        page=form.page,
        limit=form.limit,
    )


@handles("question_size")
def question_size(store: Store, form: UserIdForm) -> QuestionSizeResponse:
    return ok(QuestionSizeResponse, QuestionSize(total=store.question_size(form.user_id)))
