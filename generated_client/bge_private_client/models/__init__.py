"""Contains all the data models used in inputs/outputs"""

from .alignment import Alignment
from .condition import Condition
from .condition_operator import ConditionOperator
from .data_element_ref import DataElementRef
from .envelope import Envelope
from .error_code import ErrorCode
from .external_sample_id import ExternalSampleId
from .get_samples_form import GetSamplesForm
from .get_samples_response import GetSamplesResponse
from .improve_sample_form import ImproveSampleForm
from .improve_sample_response import ImproveSampleResponse
from .library import Library
from .pagination import Pagination
from .question_size import QuestionSize
from .question_size_response import QuestionSizeResponse
from .register_sample_form import RegisterSampleForm
from .register_sample_response import RegisterSampleResponse
from .registered_sample import RegisteredSample
from .retryable_error_code import RetryableErrorCode
from .sample import Sample
from .sample_attributes import SampleAttributes
from .sample_project import SampleProject
from .sequencing import Sequencing
from .signing_fields import SigningFields
from .statistics import Statistics
from .survey_project import SurveyProject
from .survey_project_page import SurveyProjectPage
from .survey_projects_form import SurveyProjectsForm
from .survey_projects_response import SurveyProjectsResponse
from .survey_target_form import SurveyTargetForm
from .survey_target_response import SurveyTargetResponse
from .target_user import TargetUser
from .target_user_page import TargetUserPage
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
    "Condition",
    "ConditionOperator",
    "DataElementRef",
    "Envelope",
    "ErrorCode",
    "ExternalSampleId",
    "GetSamplesForm",
    "GetSamplesResponse",
    "ImproveSampleForm",
    "ImproveSampleResponse",
    "Library",
    "Pagination",
    "QuestionSize",
    "QuestionSizeResponse",
    "RegisterSampleForm",
    "RegisterSampleResponse",
    "RegisteredSample",
    "RetryableErrorCode",
    "Sample",
    "SampleAttributes",
    "SampleProject",
    "Sequencing",
    "SigningFields",
    "Statistics",
    "SurveyProject",
    "SurveyProjectPage",
    "SurveyProjectsForm",
    "SurveyProjectsResponse",
    "SurveyTargetForm",
    "SurveyTargetResponse",
    "TargetUser",
    "TargetUserPage",
    "TaskResult",
    "TaskResultForm",
    "TaskResultResponse",
    "TaskStatus",
    "UserIdForm",
    "WechatOpenids",
    "WechatProfile",
    "WechatProfileResponse",
)
