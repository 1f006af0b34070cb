"""Contains all the data models used in inputs/outputs"""

from .account_get_user_form import AccountGetUserForm
from .account_get_user_response import AccountGetUserResponse
from .account_get_users_form import AccountGetUsersForm
from .account_get_users_response import AccountGetUsersResponse
from .account_login import AccountLogin
from .account_login_form import AccountLoginForm
from .account_login_response import AccountLoginResponse
from .account_user import AccountUser
from .account_user_page import AccountUserPage
from .account_verify_form import AccountVerifyForm
from .account_verify_response import AccountVerifyResponse
from .account_verify_scope import AccountVerifyScope
from .add_sms_template_form import AddSmsTemplateForm
from .add_sms_template_response import AddSmsTemplateResponse
from .alignment import Alignment
from .batch_send_sms_form import BatchSendSmsForm
from .batch_send_sms_form_template_params_item import BatchSendSmsFormTemplateParamsItem
from .batch_send_sms_response import BatchSendSmsResponse
from .bgicoin_order_type import BgicoinOrderType
from .bgicoin_trade import BgicoinTrade
from .bgicoin_withdraw_form import BgicoinWithdrawForm
from .bgicoin_withdraw_response import BgicoinWithdrawResponse
from .condition import Condition
from .condition_operator import ConditionOperator
from .create_index_form import CreateIndexForm
from .create_index_response import CreateIndexResponse
from .data_element_ref import DataElementRef
from .delate_sms_template_form import DelateSmsTemplateForm
from .delate_sms_template_response import DelateSmsTemplateResponse
from .delete_index_form import DeleteIndexForm
from .delete_index_response import DeleteIndexResponse
from .deploy_model_form import DeployModelForm
from .deploy_model_response import DeployModelResponse
from .envelope import Envelope
from .error_code import ErrorCode
from .external_sample_id import ExternalSampleId
from .ferry_download_to_oss_form import FerryDownloadToOssForm
from .ferry_download_to_oss_response import FerryDownloadToOssResponse
from .gateway_invoke_form import GatewayInvokeForm
from .gateway_invoke_response import GatewayInvokeResponse
from .get_samples_form import GetSamplesForm
from .get_samples_response import GetSamplesResponse
from .image_upload import ImageUpload
from .image_upload_form import ImageUploadForm
from .image_upload_response import ImageUploadResponse
from .improve_sample_form import ImproveSampleForm
from .improve_sample_response import ImproveSampleResponse
from .index_deletion import IndexDeletion
from .invoke_notify_form import InvokeNotifyForm
from .invoke_notify_form_params import InvokeNotifyFormParams
from .invoke_notify_response import InvokeNotifyResponse
from .library import Library
from .model_doc_upload_form import ModelDocUploadForm
from .model_doc_upload_response import ModelDocUploadResponse
from .model_draft_response import ModelDraftResponse
from .model_expfs_upload_form import ModelExpfsUploadForm
from .model_input_form import ModelInputForm
from .model_list_form import ModelListForm
from .model_list_response import ModelListResponse
from .model_page import ModelPage
from .model_page_result_item import ModelPageResultItem
from .model_response import ModelResponse
from .model_versions_form import ModelVersionsForm
from .model_versions_response import ModelVersionsResponse
from .modify_sms_template_form import ModifySmsTemplateForm
from .modify_sms_template_response import ModifySmsTemplateResponse
from .openbge_search_form import OpenbgeSearchForm
from .openbge_search_response import OpenbgeSearchResponse
from .pagination import Pagination
from .publish_model_form import PublishModelForm
from .publish_model_response import PublishModelResponse
from .question_size import QuestionSize
from .question_size_response import QuestionSizeResponse
from .register_sample_form import RegisterSampleForm
from .register_sample_response import RegisterSampleResponse
from .registered_sample import RegisteredSample
from .report_check_qc_response import ReportCheckQcResponse
from .report_id_form import ReportIdForm
from .report_retrieve_response import ReportRetrieveResponse
from .report_start_qc_response import ReportStartQcResponse
from .retrieve_model_form import RetrieveModelForm
from .retrieve_model_response import RetrieveModelResponse
from .retryable_error_code import RetryableErrorCode
from .rollback_model_form import RollbackModelForm
from .rollback_model_response import RollbackModelResponse
from .sample import Sample
from .sample_attributes import SampleAttributes
from .sample_project import SampleProject
from .search_hit import SearchHit
from .search_hit_data import SearchHitData
from .search_hit_highlight import SearchHitHighlight
from .search_hit_name import SearchHitName
from .search_index_type import SearchIndexType
from .search_page import SearchPage
from .sequencing import Sequencing
from .short_url import ShortUrl
from .shorturls_form import ShorturlsForm
from .shorturls_response import ShorturlsResponse
from .sign_url_form import SignUrlForm
from .sign_url_region import SignUrlRegion
from .sign_url_response import SignUrlResponse
from .signed_url import SignedUrl
from .signing_fields import SigningFields
from .sms_form import SmsForm
from .sms_response import SmsResponse
from .statistics import Statistics
from .sts_credentials import StsCredentials
from .sts_token import StsToken
from .sts_token_form import StsTokenForm
from .sts_token_response import StsTokenResponse
from .survey_index_document import SurveyIndexDocument
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
from .template_status_form import TemplateStatusForm
from .template_status_response import TemplateStatusResponse
from .update_msgs_status_form import UpdateMsgsStatusForm
from .update_msgs_status_response import UpdateMsgsStatusResponse
from .user_id_form import UserIdForm
from .watch_fc_2_form import WatchFc2Form
from .watch_fc_2_response import WatchFc2Response
from .wechat_openids import WechatOpenids
from .wechat_profile import WechatProfile
from .wechat_profile_response import WechatProfileResponse
from .wechat_token import WechatToken
from .wechat_token_action import WechatTokenAction
from .wechat_token_form import WechatTokenForm
from .wechat_token_response import WechatTokenResponse

__all__ = (
    "AccountGetUserForm",
    "AccountGetUserResponse",
    "AccountGetUsersForm",
    "AccountGetUsersResponse",
    "AccountLogin",
    "AccountLoginForm",
    "AccountLoginResponse",
    "AccountUser",
    "AccountUserPage",
    "AccountVerifyForm",
    "AccountVerifyResponse",
    "AccountVerifyScope",
    "AddSmsTemplateForm",
    "AddSmsTemplateResponse",
    "Alignment",
    "BatchSendSmsForm",
    "BatchSendSmsFormTemplateParamsItem",
    "BatchSendSmsResponse",
    "BgicoinOrderType",
    "BgicoinTrade",
    "BgicoinWithdrawForm",
    "BgicoinWithdrawResponse",
    "Condition",
    "ConditionOperator",
    "CreateIndexForm",
    "CreateIndexResponse",
    "DataElementRef",
    "DelateSmsTemplateForm",
    "DelateSmsTemplateResponse",
    "DeleteIndexForm",
    "DeleteIndexResponse",
    "DeployModelForm",
    "DeployModelResponse",
    "Envelope",
    "ErrorCode",
    "ExternalSampleId",
    "FerryDownloadToOssForm",
    "FerryDownloadToOssResponse",
    "GatewayInvokeForm",
    "GatewayInvokeResponse",
    "GetSamplesForm",
    "GetSamplesResponse",
    "ImageUpload",
    "ImageUploadForm",
    "ImageUploadResponse",
    "ImproveSampleForm",
    "ImproveSampleResponse",
    "IndexDeletion",
    "InvokeNotifyForm",
    "InvokeNotifyFormParams",
    "InvokeNotifyResponse",
    "Library",
    "ModelDocUploadForm",
    "ModelDocUploadResponse",
    "ModelDraftResponse",
    "ModelExpfsUploadForm",
    "ModelInputForm",
    "ModelListForm",
    "ModelListResponse",
    "ModelPage",
    "ModelPageResultItem",
    "ModelResponse",
    "ModelVersionsForm",
    "ModelVersionsResponse",
    "ModifySmsTemplateForm",
    "ModifySmsTemplateResponse",
    "OpenbgeSearchForm",
    "OpenbgeSearchResponse",
    "Pagination",
    "PublishModelForm",
    "PublishModelResponse",
    "QuestionSize",
    "QuestionSizeResponse",
    "RegisterSampleForm",
    "RegisterSampleResponse",
    "RegisteredSample",
    "ReportCheckQcResponse",
    "ReportIdForm",
    "ReportRetrieveResponse",
    "ReportStartQcResponse",
    "RetrieveModelForm",
    "RetrieveModelResponse",
    "RetryableErrorCode",
    "RollbackModelForm",
    "RollbackModelResponse",
    "Sample",
    "SampleAttributes",
    "SampleProject",
    "SearchHit",
    "SearchHitData",
    "SearchHitHighlight",
    "SearchHitName",
    "SearchIndexType",
    "SearchPage",
    "Sequencing",
    "ShortUrl",
    "ShorturlsForm",
    "ShorturlsResponse",
    "SignUrlForm",
    "SignUrlRegion",
    "SignUrlResponse",
    "SignedUrl",
    "SigningFields",
    "SmsForm",
    "SmsResponse",
    "Statistics",
    "StsCredentials",
    "StsToken",
    "StsTokenForm",
    "StsTokenResponse",
    "SurveyIndexDocument",
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
    "TemplateStatusForm",
    "TemplateStatusResponse",
    "UpdateMsgsStatusForm",
    "UpdateMsgsStatusResponse",
    "UserIdForm",
    "WatchFc2Form",
    "WatchFc2Response",
    "WechatOpenids",
    "WechatProfile",
    "WechatProfileResponse",
    "WechatToken",
    "WechatTokenAction",
    "WechatTokenForm",
    "WechatTokenResponse",
)
