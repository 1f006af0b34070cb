"""One function per operation: a validated form and the store in, a generated answer model out."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel

from .errors import INVALID_ARGUMENT, NOT_FOUND, ApiError
from .models import (
    GetSamplesForm1,
    GetSamplesForm2,
    GetSamplesResponse,
    ImproveSampleForm,
    ImproveSampleResponse,
    Pagination,
    QuestionSize,
    QuestionSizeResponse,
    RegisteredSample,
    RegisterSampleForm,
    RegisterSampleResponse,
    SurveyProjectPage,
    SurveyProjectsForm,
    SurveyProjectsResponse,
    SurveyTargetForm,
    SurveyTargetResponse,
    TargetUser,
    TargetUserPage,
    TaskResult,
    TaskResultForm,
    TaskResultResponse,
    TaskStatus,
    UserIdForm,
    WechatProfileResponse,
)
from .records import given_attributes
from .store import Store
from .survey import target_users

SUCCESS_MSG = "success"
Handler = Callable[[Store, Any], BaseModel]
"""Takes the store and the operation's form model; returns the operation's answer model."""

HANDLERS: dict[str, Handler] = {}
_F = TypeVar("_F", bound=Handler)
_T = TypeVar("_T")


def handles(operation_id: str) -> Callable[[_F], _F]:
    """Register the decorated function as the sandbox's behaviour for `operation_id`."""

    def register(function: _F) -> _F:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for operation {operation_id}")
        HANDLERS[operation_id] = function
        return function

    return register


def _page(items: Sequence[_T], page: int, limit: int) -> tuple[list[_T], int]:
    """The items on `page` (from 1) of pages of `limit`, and the number of pages."""
    start = (page - 1) * limit
    return list(items[start : start + limit]), math.ceil(len(items) / limit)


def _split(text: str) -> list[str]:
    return [item for item in text.split(",") if item]


@handles("get_samples")
def get_samples(store: Store, form: GetSamplesForm1 | GetSamplesForm2) -> GetSamplesResponse:
    # The spec's oneOf means exactly one; a pydantic union accepts a form matching both.
    if (form.biosample_id is None) == (form.external_sample_id is None):
        raise ApiError(
            INVALID_ARGUMENT,
            "invalid argument: give exactly one of biosample_id and external_sample_id",
        )
    if form.biosample_id is not None:
        samples = store.samples_by_biosample_ids(_split(form.biosample_id))
    else:
        samples = store.samples_by_external_ids(_split(form.external_sample_id or ""))
    page, limit = form.page or 1, form.limit or 50
    shown, pages = _page(samples, page, limit)
    return GetSamplesResponse(
        code=0,
        msg=SUCCESS_MSG,
        data=shown,
        pagination=Pagination(
            page=page, limit=limit, count=len(shown), total=len(samples), pages=pages
        ),
    )


@handles("register_sample")
def register_sample(store: Store, form: RegisterSampleForm) -> RegisterSampleResponse:
    biosample_id = store.register_sample(
        project_id=form.project_id,
        biosample_site=form.biosample_site,
        external_sample_id=form.external_sample_id,
        attributes=given_attributes(form),
    )
    return RegisterSampleResponse(
        code=0, msg=SUCCESS_MSG, data=RegisteredSample(biosample_id=biosample_id)
    )


@handles("improve_sample")
def improve_sample(store: Store, form: ImproveSampleForm) -> ImproveSampleResponse:
    store.improve_sample(form.biosample_id, given_attributes(form))
    # The platform answers data: null here; clients echo what they sent.
    return ImproveSampleResponse(code=0, msg=SUCCESS_MSG, data=None)


@handles("task_result")
def task_result(store: Store, form: TaskResultForm) -> TaskResultResponse:
    result = store.task(str(form.task_id))
    if result is None:
        # Like Celery, which the platform's tasks run on: a task id nobody knows is PENDING,
        # indistinguishable from a task that has not started yet.
        result = TaskResult(status=TaskStatus.PENDING, result=None)
    return TaskResultResponse(code=0, msg=SUCCESS_MSG, data=result)


@handles("survey_projects")
def survey_projects(store: Store, form: SurveyProjectsForm) -> SurveyProjectsResponse:
    projects = store.survey_projects(_split(form.project_ids))
    page, limit = 1, 50
    shown, pages = _page(projects, page, limit)
    return SurveyProjectsResponse(
        code=0,
        msg=SUCCESS_MSG,
        data=SurveyProjectPage(
            limit=limit,
            total=len(projects),
            result=shown,
            count=len(shown),
            page=page,
            pages=pages,
        ),
    )


@handles("survey_target")
def survey_target(store: Store, form: SurveyTargetForm) -> SurveyTargetResponse:
    all_of, any_of = form.AND or [], form.OR or []
    answers = store.answers(
        condition.data_element_identifier_de for condition in [*all_of, *any_of]
    )
    users = target_users(all_of, any_of, answers, store.users_with_answers)
    page, limit = form.page or 1, form.limit or 50
    shown, pages = _page(users, page, limit)
    return SurveyTargetResponse(
        code=0,
        msg=SUCCESS_MSG,
        data=TargetUserPage(
            total=len(users),
            page=page,
            count=len(shown),
            limit=limit,
            pages=pages,
            result=[TargetUser(user_id=user_id) for user_id in shown],
        ),
    )


@handles("question_size")
def question_size(store: Store, form: UserIdForm) -> QuestionSizeResponse:
    return QuestionSizeResponse(
        code=0, msg=SUCCESS_MSG, data=QuestionSize(total=store.question_size(form.user_id))
    )


@handles("wechat_profile")
def wechat_profile(store: Store, form: UserIdForm) -> WechatProfileResponse:
    profile = store.wechat_profile(form.user_id)
    if profile is None:
        raise ApiError(NOT_FOUND, f"user {form.user_id} has no WeChat profile")
    return WechatProfileResponse(code=0, msg=SUCCESS_MSG, data=profile)
