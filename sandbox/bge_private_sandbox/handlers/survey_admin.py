"""The survey system: draft surveys, questions, options, releases, responses, answers, statistics.

The family's other operations (task_result, survey_projects, survey_target, question_size) are
in surveys.py; they read the `tasks` and `survey_answers` rows this family's store writes.
"""

from __future__ import annotations

from ..answers import data_page, ok, paginate, split_ids
from ..errors import INVALID_ARGUMENT, NOT_FOUND, ApiError
from ..models import (
    AnswerIdForm,
    AnswersRetrieveResponse,
    DeleteReleaseSurveysResponse,
    GetSurveysForm,
    GetSurveysResponse,
    ImportedAnswer1,
    ImportedAnswer2,
    ImportResponseForm,
    ImportResponseResponse,
    LatestAnswersForm,
    LatestAnswersResponse,
    OptionIdForm,
    OptionIdsForm,
    OptionsBatchCreateForm,
    OptionsBatchCreateResponse,
    OptionsCleanResponse,
    OptionsDeleteResponse,
    OptionsReplaceForm,
    OptionsReplaceResponse,
    OptionsRetrieveResponse,
    PublishTask,
    QuestionIdForm,
    QuestionIdsForm,
    QuestionsCleanResponse,
    QuestionsDeleteResponse,
    QuestionsReplaceForm,
    QuestionsReplaceResponse,
    QuestionsRetrieveResponse,
    QuestionStatisticsForm,
    QuestionStatisticsResponse,
    ReleaseQuestionIdForm,
    ReleaseQuestionsForm,
    ReleaseQuestionsResponse,
    ReleaseQuestionsRetrieveResponse,
    ReleaseSurveyIdForm,
    ReleaseSurveysForm,
    ReleaseSurveysResponse,
    ReleaseSurveysRetrieveResponse,
    ResponseIdForm,
    ResponsesRetrieveResponse,
    SurveyAnswersForm,
    SurveyAnswersResponse,
    SurveyAsyncForm,
    SurveyAsyncResponse,
    SurveyDeleteResponse,
    SurveyIdForm,
    SurveyIdsForm,
    SurveyOptionsForm,
    SurveyOptionsResponse,
    SurveyQuestionForm,
    SurveyQuestionResponse,
    SurveyReplaceForm,
    SurveyReplaceResponse,
    SurveyResponsesForm,
    SurveyResponsesResponse,
    SurveysRetrieveResponse,
    SurveyStatisticsResponse,
    SyncResponsesForm,
    SyncResponsesResponse,
)
from ..store import Store
from ..stores.surveys import (
    AnswerFilter,
    ImportedAnswerFields,
    QuestionFields,
    ResponseFilter,
    SurveyFields,
    SurveyStore,
)
from . import handles


def _surveys(store: Store) -> SurveyStore:
    return store.family(SurveyStore)


def _numbers(text: str | None) -> list[int]:
    # The forms' patterns let only digits and commas through.
    return [int(item) for item in split_ids(text)]


def _missing(what: str, field: str, value: object) -> ApiError:
    return ApiError(NOT_FOUND, f"{field}: {what} {value} does not exist")


# ---------------------------------------------------------------------- draft surveys


@handles("get_surveys")
def get_surveys(store: Store, form: GetSurveysForm) -> GetSurveysResponse:
    found = _surveys(store).surveys(
        survey_ids=_numbers(form.survey_ids),
        developer_ids=split_ids(form.developer_ids),
        sort=form.sort,
    )
    return data_page(GetSurveysResponse, found, page=form.page, limit=form.limit)


@handles("surveys_retrieve")
def surveys_retrieve(store: Store, form: SurveyIdForm) -> SurveysRetrieveResponse:
    survey = _surveys(store).survey(form.survey_id)
    if survey is None:
        raise _missing("survey", "survey_id", form.survey_id)
    return ok(SurveysRetrieveResponse, survey)


@handles("survey_replace")
def survey_replace(store: Store, form: SurveyReplaceForm) -> SurveyReplaceResponse:
    survey = _surveys(store).replace_survey(
        SurveyFields(
            developer_id=form.developer_id,
            title=form.title,
            description=form.description,
            redirect_url=form.redirect_url,
            survey_id=form.survey_id,
            end_text=form.end_text,
            end_text_given="end_text" in form.model_fields_set,
        )
    )
    return ok(SurveyReplaceResponse, survey)


@handles("survey_async")
def survey_async(store: Store, form: SurveyAsyncForm) -> SurveyAsyncResponse:
    if form.survey_id is None:
        # Optional in the form (as in the reference's signature); publishing needs it.
        raise ApiError(
            INVALID_ARGUMENT, "invalid argument: survey_id: required to publish a survey"
        )
    task_id = _surveys(store).publish(form.survey_id)
    return ok(SurveyAsyncResponse, PublishTask(task_id=task_id))


@handles("survey_delete")
def survey_delete(store: Store, form: SurveyIdsForm) -> SurveyDeleteResponse:
    _surveys(store).delete_surveys(_numbers(form.survey_ids))
    return ok(SurveyDeleteResponse, None)


# ---------------------------------------------------------------------- questions


@handles("survey_question")
def survey_question(store: Store, form: SurveyQuestionForm) -> SurveyQuestionResponse:
    found = _surveys(store).questions(
        form.survey_id,
        question_ids=_numbers(form.question_ids),
        data_elements=split_ids(form.data_element_identifier_des),
        sort=form.sort,
    )
    return data_page(SurveyQuestionResponse, found, page=form.page, limit=form.limit)


@handles("questions_retrieve")
def questions_retrieve(store: Store, form: QuestionIdForm) -> QuestionsRetrieveResponse:
    question = _surveys(store).question(form.question_id)
    if question is None:
        raise _missing("question", "question_id", form.question_id)
    return ok(QuestionsRetrieveResponse, question)


@handles("questions_replace")
def questions_replace(store: Store, form: QuestionsReplaceForm) -> QuestionsReplaceResponse:
    question = _surveys(store).replace_question(
        QuestionFields(
            survey_id=form.survey_id,
            question_id=form.question_id,
            title=form.title,
            data_element_identifier_de=form.data_element_identifier_de,
            qtype=form.qtype,
            order=form.order,
            required=form.required,
            description=form.description,
        )
    )
    return ok(QuestionsReplaceResponse, question)


@handles("questions_delete")
def questions_delete(store: Store, form: QuestionIdsForm) -> QuestionsDeleteResponse:
    _surveys(store).delete_questions(_numbers(form.question_ids))
    return ok(QuestionsDeleteResponse, None)


@handles("questions_clean")
def questions_clean(store: Store, form: SurveyIdsForm) -> QuestionsCleanResponse:
    _surveys(store).clean_questions(_numbers(form.survey_ids))
    return ok(QuestionsCleanResponse, None)


# ---------------------------------------------------------------------- options


@handles("survey_options")
def survey_options(store: Store, form: SurveyOptionsForm) -> SurveyOptionsResponse:
    found = _surveys(store).options(
        form.question_id, option_ids=_numbers(form.option_ids), sort=form.sort
    )
    return data_page(SurveyOptionsResponse, found, page=form.page, limit=form.limit)


@handles("options_retrieve")
def options_retrieve(store: Store, form: OptionIdForm) -> OptionsRetrieveResponse:
    option = _surveys(store).option(form.option_id)
    if option is None:
        raise _missing("option", "option_id", form.option_id)
    return ok(OptionsRetrieveResponse, option)


@handles("options_replace")
def options_replace(store: Store, form: OptionsReplaceForm) -> OptionsReplaceResponse:
    option = _surveys(store).replace_option(
        question_id=form.question_id,
        concept_code=form.concept_code,
        value=form.value,
        option_id=form.option_id,
        # The form's default (0) applies to a new option; an update keeps the order unless sent.
        order=form.order if "order" in form.model_fields_set else None,
    )
    return ok(OptionsReplaceResponse, option)


@handles("options_delete")
def options_delete(store: Store, form: OptionIdsForm) -> OptionsDeleteResponse:
    _surveys(store).delete_options(_numbers(form.option_ids))
    return ok(OptionsDeleteResponse, None)


@handles("options_clean")
def options_clean(store: Store, form: QuestionIdsForm) -> OptionsCleanResponse:
    _surveys(store).clean_options(_numbers(form.question_ids))
    return ok(OptionsCleanResponse, None)


@handles("options_batch_create")
def options_batch_create(store: Store, form: OptionsBatchCreateForm) -> OptionsBatchCreateResponse:
    _surveys(store).batch_create_options(form.question_id, form.options)
    return ok(OptionsBatchCreateResponse, None)


# ---------------------------------------------------------------------- releases


@handles("release_surveys")
def release_surveys(store: Store, form: ReleaseSurveysForm) -> ReleaseSurveysResponse:
    found = _surveys(store).releases(
        survey_ids=_numbers(form.survey_ids),
        developer_ids=split_ids(form.developer_ids),
        release_survey_ids=_numbers(form.release_survey_ids),
        limesurvey_ids=_numbers(form.limesurvey_ids),
        sort=form.sort,
    )
    return data_page(ReleaseSurveysResponse, found, page=form.page, limit=form.limit)


@handles("release_surveys_retrieve")
def release_surveys_retrieve(
    store: Store, form: ReleaseSurveyIdForm
) -> ReleaseSurveysRetrieveResponse:
    release = _surveys(store).release(form.release_survey_id)
    if release is None:
        raise _missing("published survey", "release_survey_id", form.release_survey_id)
    return ok(ReleaseSurveysRetrieveResponse, release)


@handles("delete_release_surveys")
def delete_release_surveys(store: Store, form: ReleaseSurveyIdForm) -> DeleteReleaseSurveysResponse:
    _surveys(store).delete_release(form.release_survey_id)
    return ok(DeleteReleaseSurveysResponse, None)


@handles("release_questions")
def release_questions(store: Store, form: ReleaseQuestionsForm) -> ReleaseQuestionsResponse:
    found = _surveys(store).release_questions(
        form.release_survey_id,
        release_question_ids=_numbers(form.release_question_ids),
        data_elements=split_ids(form.data_element_identifier_des),
        sort=form.sort,
    )
    return data_page(ReleaseQuestionsResponse, found, page=form.page, limit=form.limit)


@handles("release_questions_retrieve")
def release_questions_retrieve(
    store: Store, form: ReleaseQuestionIdForm
) -> ReleaseQuestionsRetrieveResponse:
    question = _surveys(store).release_question(form.release_question_id)
    if question is None:
        raise _missing("published question", "release_question_id", form.release_question_id)
    return ok(ReleaseQuestionsRetrieveResponse, question)


# ---------------------------------------------------------------------- responses


@handles("survey_responses")
def survey_responses(store: Store, form: SurveyResponsesForm) -> SurveyResponsesResponse:
    found = _surveys(store).responses(
        ResponseFilter(
            response_ids=_numbers(form.response_ids),
            user_ids=split_ids(form.user_ids),
            biosample_ids=split_ids(form.biosample_ids),
            limeresponse_ids=_numbers(form.limeresponse_ids),
            release_survey_ids=_numbers(form.release_survey_ids),
        ),
        form.sort,
    )
    return data_page(SurveyResponsesResponse, found, page=form.page, limit=form.limit)


@handles("responses_retrieve")
def responses_retrieve(store: Store, form: ResponseIdForm) -> ResponsesRetrieveResponse:
    response = _surveys(store).response(form.response_id)
    if response is None:
        raise _missing("response", "response_id", form.response_id)
    return ok(ResponsesRetrieveResponse, response)


def _imported(answer: ImportedAnswer1 | ImportedAnswer2) -> ImportedAnswerFields:
    return ImportedAnswerFields(
        release_question_id=answer.release_question_id,
        content=answer.content,
        concept_code=answer.concept_code,
    )


@handles("import_response")
def import_response(store: Store, form: ImportResponseForm) -> ImportResponseResponse:
    response = _surveys(store).import_response(
        user_id=form.user_id,
        biosample_id=form.biosample_id,
        release_survey_id=form.release_survey_id,
        answers=[_imported(answer) for answer in form.answers],
    )
    return ok(ImportResponseResponse, response)


@handles("sync_responses")
def sync_responses(store: Store, form: SyncResponsesForm) -> SyncResponsesResponse:
    response = _surveys(store).sync_response(
        limesurvey_id=form.limesurvey_id,
        limeresponse_id=form.limeresponse_id,
        user_id=form.user_id,
        biosample_id=form.biosample_id,
    )
    return ok(SyncResponsesResponse, response)


# ---------------------------------------------------------------------- answers


@handles("survey_answers")
def survey_answers(store: Store, form: SurveyAnswersForm) -> SurveyAnswersResponse:
    found = _surveys(store).answers(
        AnswerFilter(
            response_ids=_numbers(form.response_ids),
            release_survey_ids=_numbers(form.release_survey_ids),
            answer_ids=_numbers(form.answer_ids),
            user_ids=split_ids(form.user_ids),
            biosample_ids=split_ids(form.biosample_ids),
            concept_codes=split_ids(form.concept_codes),
        ),
        form.sort,
    )
    return data_page(SurveyAnswersResponse, found, page=form.page, limit=form.limit)


@handles("latest_answers")
def latest_answers(store: Store, form: LatestAnswersForm) -> LatestAnswersResponse:
    found = _surveys(store).latest_answers(
        form.user_id, split_ids(form.data_element_identifier_des)
    )
    return ok(LatestAnswersResponse, found)


@handles("answers_retrieve")
def answers_retrieve(store: Store, form: AnswerIdForm) -> AnswersRetrieveResponse:
    answer = _surveys(store).answer(form.answer_id)
    if answer is None:
        raise _missing("answer", "answer_id", form.answer_id)
    return ok(AnswersRetrieveResponse, answer)


# ---------------------------------------------------------------------- statistics


@handles("survey_statistics")
def survey_statistics(store: Store, form: SurveyIdForm) -> SurveyStatisticsResponse:
    return ok(SurveyStatisticsResponse, _surveys(store).survey_statistics(form.survey_id))


@handles("question_statistics")
def question_statistics(store: Store, form: QuestionStatisticsForm) -> QuestionStatisticsResponse:
    found = _surveys(store).question_statistics(form.survey_id, form.data_element_identifier_de)
    # This operation's page fields are inside data.answers, not data (x-pagination items
    # `answers.result`), which answers.data_page() does not build: paged by its paginate().
    paged = paginate(found.answers, form.page, form.limit)
    data = {
        "answers": {**paged.numbers(), "result": paged.items},
        "type": found.type,
        "summary": found.summary,
    }
    return ok(QuestionStatisticsResponse, data)
