"""Contains all the data models used in inputs/outputs"""

from .alignment import Alignment
from .answer import Answer
from .answer_id_form import AnswerIdForm
from .answer_page import AnswerPage
from .answer_response import AnswerResponse
from .answer_summary import AnswerSummary
from .answered_question import AnsweredQuestion
from .answers_retrieve_response import AnswersRetrieveResponse
from .condition import Condition
from .condition_operator import ConditionOperator
from .daily_completion import DailyCompletion
from .data_element_ref import DataElementRef
from .delete_release_surveys_response import DeleteReleaseSurveysResponse
from .envelope import Envelope
from .error_code import ErrorCode
from .external_sample_id import ExternalSampleId
from .get_samples_form import GetSamplesForm
from .get_samples_response import GetSamplesResponse
from .get_surveys_form import GetSurveysForm
from .get_surveys_response import GetSurveysResponse
from .granted_sample import GrantedSample
from .import_response_form import ImportResponseForm
from .import_response_response import ImportResponseResponse
from .imported_answer import ImportedAnswer
from .improve_sample_form import ImproveSampleForm
from .improve_sample_response import ImproveSampleResponse
from .invoke_task_form import InvokeTaskForm
from .invoke_task_form_kwargs import InvokeTaskFormKwargs
from .invoke_task_response import InvokeTaskResponse
from .latest_answers_form import LatestAnswersForm
from .latest_answers_response import LatestAnswersResponse
from .library import Library
from .new_option import NewOption
from .o_auth_application import OAuthApplication
from .o_auth_authorization import OAuthAuthorization
from .o_auth_grant import OAuthGrant
from .o_auth_grant_application import OAuthGrantApplication
from .o_auth_scope import OAuthScope
from .oauth_2_application_form import Oauth2ApplicationForm
from .oauth_2_application_response import Oauth2ApplicationResponse
from .oauth_2_authorize_form import Oauth2AuthorizeForm
from .oauth_2_authorize_response import Oauth2AuthorizeResponse
from .oauth_2_grants_form import Oauth2GrantsForm
from .oauth_2_grants_response import Oauth2GrantsResponse
from .oauth_2_revoke_grant_form import Oauth2RevokeGrantForm
from .oauth_2_revoke_grant_response import Oauth2RevokeGrantResponse
from .option import Option
from .option_id_form import OptionIdForm
from .option_ids_form import OptionIdsForm
from .option_page import OptionPage
from .options_batch_create_form import OptionsBatchCreateForm
from .options_batch_create_response import OptionsBatchCreateResponse
from .options_clean_response import OptionsCleanResponse
from .options_delete_response import OptionsDeleteResponse
from .options_replace_form import OptionsReplaceForm
from .options_replace_response import OptionsReplaceResponse
from .options_retrieve_response import OptionsRetrieveResponse
from .pagination import Pagination
from .platform_task import PlatformTask
from .publish_task import PublishTask
from .question import Question
from .question_answers import QuestionAnswers
from .question_completion import QuestionCompletion
from .question_id_form import QuestionIdForm
from .question_ids_form import QuestionIdsForm
from .question_page import QuestionPage
from .question_size import QuestionSize
from .question_size_response import QuestionSizeResponse
from .question_statistics import QuestionStatistics
from .question_statistics_form import QuestionStatisticsForm
from .question_statistics_response import QuestionStatisticsResponse
from .questions_clean_response import QuestionsCleanResponse
from .questions_delete_response import QuestionsDeleteResponse
from .questions_replace_form import QuestionsReplaceForm
from .questions_replace_response import QuestionsReplaceResponse
from .questions_retrieve_response import QuestionsRetrieveResponse
from .register_sample_form import RegisterSampleForm
from .register_sample_response import RegisterSampleResponse
from .registered_sample import RegisteredSample
from .release_option import ReleaseOption
from .release_question import ReleaseQuestion
from .release_question_id_form import ReleaseQuestionIdForm
from .release_question_page import ReleaseQuestionPage
from .release_questions_form import ReleaseQuestionsForm
from .release_questions_response import ReleaseQuestionsResponse
from .release_questions_retrieve_response import ReleaseQuestionsRetrieveResponse
from .release_survey import ReleaseSurvey
from .release_survey_detail import ReleaseSurveyDetail
from .release_survey_id_form import ReleaseSurveyIdForm
from .release_survey_page import ReleaseSurveyPage
from .release_surveys_form import ReleaseSurveysForm
from .release_surveys_response import ReleaseSurveysResponse
from .release_surveys_retrieve_response import ReleaseSurveysRetrieveResponse
from .response_id_form import ResponseIdForm
from .responses_retrieve_response import ResponsesRetrieveResponse
from .retryable_error_code import RetryableErrorCode
from .sample import Sample
from .sample_attributes import SampleAttributes
from .sample_project import SampleProject
from .sequencing import Sequencing
from .signing_fields import SigningFields
from .statistics import Statistics
from .statistics_answer import StatisticsAnswer
from .statistics_answer_page import StatisticsAnswerPage
from .survey import Survey
from .survey_answers_form import SurveyAnswersForm
from .survey_answers_response import SurveyAnswersResponse
from .survey_async_form import SurveyAsyncForm
from .survey_async_response import SurveyAsyncResponse
from .survey_delete_response import SurveyDeleteResponse
from .survey_id_form import SurveyIdForm
from .survey_ids_form import SurveyIdsForm
from .survey_options_form import SurveyOptionsForm
from .survey_options_response import SurveyOptionsResponse
from .survey_page import SurveyPage
from .survey_page_info import SurveyPageInfo
from .survey_project import SurveyProject
from .survey_project_page import SurveyProjectPage
from .survey_projects_form import SurveyProjectsForm
from .survey_projects_response import SurveyProjectsResponse
from .survey_question_form import SurveyQuestionForm
from .survey_question_response import SurveyQuestionResponse
from .survey_replace_form import SurveyReplaceForm
from .survey_replace_response import SurveyReplaceResponse
from .survey_response import SurveyResponse
from .survey_response_page import SurveyResponsePage
from .survey_responses_form import SurveyResponsesForm
from .survey_responses_response import SurveyResponsesResponse
from .survey_statistics import SurveyStatistics
from .survey_statistics_response import SurveyStatisticsResponse
from .survey_target_form import SurveyTargetForm
from .survey_target_response import SurveyTargetResponse
from .surveys_retrieve_response import SurveysRetrieveResponse
from .sync_responses_form import SyncResponsesForm
from .sync_responses_response import SyncResponsesResponse
from .target_user import TargetUser
from .target_user_page import TargetUserPage
from .task_form import TaskForm
from .task_invocation_type import TaskInvocationType
from .task_response import TaskResponse
from .task_result import TaskResult
from .task_result_form import TaskResultForm
from .task_result_response import TaskResultResponse
from .task_status import TaskStatus
from .user_id_form import UserIdForm
from .wechat_openids import WechatOpenids
from .wechat_profile import WechatProfile
from .wechat_profile_response import WechatProfileResponse

__all__ = (
    "Alignment",
    "Answer",
    "AnswerIdForm",
    "AnswerPage",
    "AnswerResponse",
    "AnswerSummary",
    "AnsweredQuestion",
    "AnswersRetrieveResponse",
    "Condition",
    "ConditionOperator",
    "DailyCompletion",
    "DataElementRef",
    "DeleteReleaseSurveysResponse",
    "Envelope",
    "ErrorCode",
    "ExternalSampleId",
    "GetSamplesForm",
    "GetSamplesResponse",
    "GetSurveysForm",
    "GetSurveysResponse",
    "GrantedSample",
    "ImportResponseForm",
    "ImportResponseResponse",
    "ImportedAnswer",
    "ImproveSampleForm",
    "ImproveSampleResponse",
    "InvokeTaskForm",
    "InvokeTaskFormKwargs",
    "InvokeTaskResponse",
    "LatestAnswersForm",
    "LatestAnswersResponse",
    "Library",
    "NewOption",
    "OAuthApplication",
    "OAuthAuthorization",
    "OAuthGrant",
    "OAuthGrantApplication",
    "OAuthScope",
    "Oauth2ApplicationForm",
    "Oauth2ApplicationResponse",
    "Oauth2AuthorizeForm",
    "Oauth2AuthorizeResponse",
    "Oauth2GrantsForm",
    "Oauth2GrantsResponse",
    "Oauth2RevokeGrantForm",
    "Oauth2RevokeGrantResponse",
    "Option",
    "OptionIdForm",
    "OptionIdsForm",
    "OptionPage",
    "OptionsBatchCreateForm",
    "OptionsBatchCreateResponse",
    "OptionsCleanResponse",
    "OptionsDeleteResponse",
    "OptionsReplaceForm",
    "OptionsReplaceResponse",
    "OptionsRetrieveResponse",
    "Pagination",
    "PlatformTask",
    "PublishTask",
    "Question",
    "QuestionAnswers",
    "QuestionCompletion",
    "QuestionIdForm",
    "QuestionIdsForm",
    "QuestionPage",
    "QuestionSize",
    "QuestionSizeResponse",
    "QuestionStatistics",
    "QuestionStatisticsForm",
    "QuestionStatisticsResponse",
    "QuestionsCleanResponse",
    "QuestionsDeleteResponse",
    "QuestionsReplaceForm",
    "QuestionsReplaceResponse",
    "QuestionsRetrieveResponse",
    "RegisterSampleForm",
    "RegisterSampleResponse",
    "RegisteredSample",
    "ReleaseOption",
    "ReleaseQuestion",
    "ReleaseQuestionIdForm",
    "ReleaseQuestionPage",
    "ReleaseQuestionsForm",
    "ReleaseQuestionsResponse",
    "ReleaseQuestionsRetrieveResponse",
    "ReleaseSurvey",
    "ReleaseSurveyDetail",
    "ReleaseSurveyIdForm",
    "ReleaseSurveyPage",
    "ReleaseSurveysForm",
    "ReleaseSurveysResponse",
    "ReleaseSurveysRetrieveResponse",
    "ResponseIdForm",
    "ResponsesRetrieveResponse",
    "RetryableErrorCode",
    "Sample",
    "SampleAttributes",
    "SampleProject",
    "Sequencing",
    "SigningFields",
    "Statistics",
    "StatisticsAnswer",
    "StatisticsAnswerPage",
    "Survey",
    "SurveyAnswersForm",
    "SurveyAnswersResponse",
    "SurveyAsyncForm",
    "SurveyAsyncResponse",
    "SurveyDeleteResponse",
    "SurveyIdForm",
    "SurveyIdsForm",
    "SurveyOptionsForm",
    "SurveyOptionsResponse",
    "SurveyPage",
    "SurveyPageInfo",
    "SurveyProject",
    "SurveyProjectPage",
    "SurveyProjectsForm",
    "SurveyProjectsResponse",
    "SurveyQuestionForm",
    "SurveyQuestionResponse",
    "SurveyReplaceForm",
    "SurveyReplaceResponse",
    "SurveyResponse",
    "SurveyResponsePage",
    "SurveyResponsesForm",
    "SurveyResponsesResponse",
    "SurveyStatistics",
    "SurveyStatisticsResponse",
    "SurveyTargetForm",
    "SurveyTargetResponse",
    "SurveysRetrieveResponse",
    "SyncResponsesForm",
    "SyncResponsesResponse",
    "TargetUser",
    "TargetUserPage",
    "TaskForm",
    "TaskInvocationType",
    "TaskResponse",
    "TaskResult",
    "TaskResultForm",
    "TaskResultResponse",
    "TaskStatus",
    "UserIdForm",
    "WechatOpenids",
    "WechatProfile",
    "WechatProfileResponse",
)
