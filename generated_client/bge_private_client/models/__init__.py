"""Contains all the data models used in inputs/outputs, each loaded on first use."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abundance_coding import AbundanceCoding
    from .abundance_observation import AbundanceObservation
    from .abundance_sample_info import AbundanceSampleInfo
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
    from .add_collection_form import AddCollectionForm
    from .add_collection_response import AddCollectionResponse
    from .add_collection_upload_form import AddCollectionUploadForm
    from .add_sms_template_form import AddSmsTemplateForm
    from .add_sms_template_response import AddSmsTemplateResponse
    from .alignment import Alignment
    from .answer import Answer
    from .answer_id_form import AnswerIdForm
    from .answer_page import AnswerPage
    from .answer_response import AnswerResponse
    from .answer_summary import AnswerSummary
    from .answered_question import AnsweredQuestion
    from .answers_retrieve_response import AnswersRetrieveResponse
    from .batch import Batch
    from .batch_commit_task import BatchCommitTask
    from .batch_data_element_by_source_form import BatchDataElementBySourceForm
    from .batch_data_element_by_source_response import BatchDataElementBySourceResponse
    from .batch_no_form import BatchNoForm
    from .batch_send_sms_form import BatchSendSmsForm
    from .batch_send_sms_form_template_params_item import (
        BatchSendSmsFormTemplateParamsItem,
    )
    from .batch_send_sms_response import BatchSendSmsResponse
    from .batch_trace import BatchTrace
    from .batch_write_stream_form import BatchWriteStreamForm
    from .batch_write_stream_response import BatchWriteStreamResponse
    from .bgicoin_order_type import BgicoinOrderType
    from .bgicoin_trade import BgicoinTrade
    from .bgicoin_withdraw_form import BgicoinWithdrawForm
    from .bgicoin_withdraw_response import BgicoinWithdrawResponse
    from .collection import Collection
    from .collection_delete_response import CollectionDeleteResponse
    from .collection_detail_response import CollectionDetailResponse
    from .collection_id_form import CollectionIdForm
    from .collection_omic import CollectionOmic
    from .collection_ref import CollectionRef
    from .collection_type import CollectionType
    from .commit_batch_response import CommitBatchResponse
    from .condition import Condition
    from .condition_operator import ConditionOperator
    from .create_index_form import CreateIndexForm
    from .create_index_response import CreateIndexResponse
    from .daily_completion import DailyCompletion
    from .data_element import DataElement
    from .data_element_allele import DataElementAllele
    from .data_element_annotation import DataElementAnnotation
    from .data_element_by_source_response import DataElementBySourceResponse
    from .data_element_info import DataElementInfo
    from .data_element_ref import DataElementRef
    from .data_element_search_form import DataElementSearchForm
    from .data_element_search_form_types import DataElementSearchFormTypes
    from .data_element_search_hit import DataElementSearchHit
    from .data_element_search_hit_data import DataElementSearchHitData
    from .data_element_search_hit_highlight import DataElementSearchHitHighlight
    from .data_element_search_page import DataElementSearchPage
    from .data_element_search_response import DataElementSearchResponse
    from .data_element_source_form import DataElementSourceForm
    from .data_item import DataItem
    from .data_item_attributes import DataItemAttributes
    from .data_item_batch_page import DataItemBatchPage
    from .data_item_change_list import DataItemChangeList
    from .data_item_change_list_form import DataItemChangeListForm
    from .data_item_change_list_response import DataItemChangeListResponse
    from .data_item_input import DataItemInput
    from .data_item_input_attributes import DataItemInputAttributes
    from .data_item_query_form import DataItemQueryForm
    from .data_item_query_page import DataItemQueryPage
    from .data_item_query_response import DataItemQueryResponse
    from .delate_sms_template_form import DelateSmsTemplateForm
    from .delate_sms_template_response import DelateSmsTemplateResponse
    from .delete_index_form import DeleteIndexForm
    from .delete_index_response import DeleteIndexResponse
    from .delete_release_surveys_response import DeleteReleaseSurveysResponse
    from .deploy_model_form import DeployModelForm
    from .deploy_model_response import DeployModelResponse
    from .discard_data_element_response import DiscardDataElementResponse
    from .discarded_data_element import DiscardedDataElement
    from .download_omics_data_form import DownloadOmicsDataForm
    from .download_omics_data_response import DownloadOmicsDataResponse
    from .edit_collection_form import EditCollectionForm
    from .edit_collection_response import EditCollectionResponse
    from .edit_collection_upload_form import EditCollectionUploadForm
    from .envelope import Envelope
    from .error_code import ErrorCode
    from .external_sample_id import ExternalSampleId
    from .ferry_download_to_oss_form import FerryDownloadToOssForm
    from .ferry_download_to_oss_response import FerryDownloadToOssResponse
    from .func_abundance import FuncAbundance
    from .func_abundance_page import FuncAbundancePage
    from .func_coding import FuncCoding
    from .gateway_invoke_form import GatewayInvokeForm
    from .gateway_invoke_response import GatewayInvokeResponse
    from .gene_abundance import GeneAbundance
    from .gene_abundance_page import GeneAbundancePage
    from .gene_observation import GeneObservation
    from .get_data_element_form import GetDataElementForm
    from .get_data_element_response import GetDataElementResponse
    from .get_func_abundance_form import GetFuncAbundanceForm
    from .get_func_abundance_form_catalog import GetFuncAbundanceFormCatalog
    from .get_func_abundance_response import GetFuncAbundanceResponse
    from .get_gene_abundance_form import GetGeneAbundanceForm
    from .get_gene_abundance_form_catalog import GetGeneAbundanceFormCatalog
    from .get_gene_abundance_form_data_type import GetGeneAbundanceFormDataType
    from .get_gene_abundance_response import GetGeneAbundanceResponse
    from .get_sample_v2_form import GetSampleV2Form
    from .get_sample_v2_response import GetSampleV2Response
    from .get_samples_external_ids_form import GetSamplesExternalIdsForm
    from .get_samples_external_ids_response import GetSamplesExternalIdsResponse
    from .get_samples_form import GetSamplesForm
    from .get_samples_response import GetSamplesResponse
    from .get_surveys_form import GetSurveysForm
    from .get_surveys_response import GetSurveysResponse
    from .get_taxon_abundance_form import GetTaxonAbundanceForm
    from .get_taxon_abundance_response import GetTaxonAbundanceResponse
    from .get_user_form import GetUserForm
    from .get_user_response import GetUserResponse
    from .granted_sample import GrantedSample
    from .igc_gene import IgcGene
    from .igc_gene_annotation import IgcGeneAnnotation
    from .image_upload import ImageUpload
    from .image_upload_form import ImageUploadForm
    from .image_upload_response import ImageUploadResponse
    from .import_batch_form import ImportBatchForm
    from .import_batch_response import ImportBatchResponse
    from .import_response_form import ImportResponseForm
    from .import_response_response import ImportResponseResponse
    from .imported_answer import ImportedAnswer
    from .improve_sample_form import ImproveSampleForm
    from .improve_sample_response import ImproveSampleResponse
    from .index_deletion import IndexDeletion
    from .individual_profile import IndividualProfile
    from .individual_profile_native_place import IndividualProfileNativePlace
    from .individual_ref import IndividualRef
    from .invoke_notify_form import InvokeNotifyForm
    from .invoke_notify_form_params import InvokeNotifyFormParams
    from .invoke_notify_response import InvokeNotifyResponse
    from .invoke_task_form import InvokeTaskForm
    from .invoke_task_form_kwargs import InvokeTaskFormKwargs
    from .invoke_task_response import InvokeTaskResponse
    from .latest_answers_form import LatestAnswersForm
    from .latest_answers_response import LatestAnswersResponse
    from .library import Library
    from .merge_data_element_form import MergeDataElementForm
    from .merge_data_element_response import MergeDataElementResponse
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
    from .openbge_search_form import OpenbgeSearchForm
    from .openbge_search_response import OpenbgeSearchResponse
    from .openplatform_samples_state_form import OpenplatformSamplesStateForm
    from .openplatform_samples_state_response import OpenplatformSamplesStateResponse
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
    from .professional_variant_form import ProfessionalVariantForm
    from .professional_variant_response import ProfessionalVariantResponse
    from .professional_variant_upload_form import ProfessionalVariantUploadForm
    from .publish_model_form import PublishModelForm
    from .publish_model_response import PublishModelResponse
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
    from .register_batch_form import RegisterBatchForm
    from .register_batch_response import RegisterBatchResponse
    from .register_sample_form import RegisterSampleForm
    from .register_sample_response import RegisterSampleResponse
    from .registered_batch import RegisteredBatch
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
    from .replace_data_element_form import ReplaceDataElementForm
    from .replace_data_element_form_columns import ReplaceDataElementFormColumns
    from .replace_data_element_response import ReplaceDataElementResponse
    from .report_check_qc_response import ReportCheckQcResponse
    from .report_id_form import ReportIdForm
    from .report_retrieve_response import ReportRetrieveResponse
    from .report_start_qc_response import ReportStartQcResponse
    from .response_id_form import ResponseIdForm
    from .responses_retrieve_response import ResponsesRetrieveResponse
    from .retrieve_batch_data_item_form import RetrieveBatchDataItemForm
    from .retrieve_batch_data_item_response import RetrieveBatchDataItemResponse
    from .retrieve_batch_response import RetrieveBatchResponse
    from .retrieve_data_item_form import RetrieveDataItemForm
    from .retrieve_data_item_response import RetrieveDataItemResponse
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
    from .statistics_answer import StatisticsAnswer
    from .statistics_answer_page import StatisticsAnswerPage
    from .stream_bind_form import StreamBindForm
    from .stream_bind_response import StreamBindResponse
    from .stream_input import StreamInput
    from .stream_input_stream_data import StreamInputStreamData
    from .stream_meta import StreamMeta
    from .stream_page import StreamPage
    from .stream_range_form import StreamRangeForm
    from .stream_range_form_sort_direction import StreamRangeFormSortDirection
    from .stream_range_response import StreamRangeResponse
    from .stream_record import StreamRecord
    from .stream_record_stream_data import StreamRecordStreamData
    from .stream_retrieve_form import StreamRetrieveForm
    from .stream_retrieve_response import StreamRetrieveResponse
    from .stream_write_outcome import StreamWriteOutcome
    from .stream_write_outcome_stream import StreamWriteOutcomeStream
    from .stream_write_outcome_stream_data_element import (
        StreamWriteOutcomeStreamDataElement,
    )
    from .stream_write_outcomes import StreamWriteOutcomes
    from .sts_credentials import StsCredentials
    from .sts_token import StsToken
    from .sts_token_form import StsTokenForm
    from .sts_token_response import StsTokenResponse
    from .survey import Survey
    from .survey_answers_form import SurveyAnswersForm
    from .survey_answers_response import SurveyAnswersResponse
    from .survey_async_form import SurveyAsyncForm
    from .survey_async_response import SurveyAsyncResponse
    from .survey_delete_response import SurveyDeleteResponse
    from .survey_id_form import SurveyIdForm
    from .survey_ids_form import SurveyIdsForm
    from .survey_index_document import SurveyIndexDocument
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
    from .taxon_abundance import TaxonAbundance
    from .taxon_background import TaxonBackground
    from .taxon_background_background import TaxonBackgroundBackground
    from .taxonomy import Taxonomy
    from .template_status_form import TemplateStatusForm
    from .template_status_response import TemplateStatusResponse
    from .update_msgs_status_form import UpdateMsgsStatusForm
    from .update_msgs_status_response import UpdateMsgsStatusResponse
    from .user_id_form import UserIdForm
    from .variant_call import VariantCall
    from .variant_coding import VariantCoding
    from .variant_form import VariantForm
    from .variant_gene import VariantGene
    from .variant_gene_transcript import VariantGeneTranscript
    from .variant_gene_version import VariantGeneVersion
    from .variant_information import VariantInformation
    from .variant_information_frequency import VariantInformationFrequency
    from .variant_record import VariantRecord
    from .variant_record_genomic_context import VariantRecordGenomicContext
    from .variant_record_source import VariantRecordSource
    from .variant_record_source_tag import VariantRecordSourceTag
    from .variant_response import VariantResponse
    from .variant_site import VariantSite
    from .variant_task import VariantTask
    from .variant_v1_form import VariantV1Form
    from .variant_v1_response import VariantV1Response
    from .watch_fc_2_form import WatchFc2Form
    from .watch_fc_2_response import WatchFc2Response
    from .wechat_openids import WechatOpenids
    from .wechat_profile import WechatProfile
    from .wechat_profile_response import WechatProfileResponse
    from .wechat_token import WechatToken
    from .wechat_token_action import WechatTokenAction
    from .wechat_token_form import WechatTokenForm
    from .wechat_token_response import WechatTokenResponse
    from .write_stream_form import WriteStreamForm
    from .write_stream_response import WriteStreamResponse
    from .written_stream import WrittenStream

_MODULES = {
    "AbundanceCoding": ".abundance_coding",
    "AbundanceObservation": ".abundance_observation",
    "AbundanceSampleInfo": ".abundance_sample_info",
    "AccountGetUserForm": ".account_get_user_form",
    "AccountGetUserResponse": ".account_get_user_response",
    "AccountGetUsersForm": ".account_get_users_form",
    "AccountGetUsersResponse": ".account_get_users_response",
    "AccountLogin": ".account_login",
    "AccountLoginForm": ".account_login_form",
    "AccountLoginResponse": ".account_login_response",
    "AccountUser": ".account_user",
    "AccountUserPage": ".account_user_page",
    "AccountVerifyForm": ".account_verify_form",
    "AccountVerifyResponse": ".account_verify_response",
    "AccountVerifyScope": ".account_verify_scope",
    "AddCollectionForm": ".add_collection_form",
    "AddCollectionResponse": ".add_collection_response",
    "AddCollectionUploadForm": ".add_collection_upload_form",
    "AddSmsTemplateForm": ".add_sms_template_form",
    "AddSmsTemplateResponse": ".add_sms_template_response",
    "Alignment": ".alignment",
    "Answer": ".answer",
    "AnswerIdForm": ".answer_id_form",
    "AnswerPage": ".answer_page",
    "AnswerResponse": ".answer_response",
    "AnswerSummary": ".answer_summary",
    "AnsweredQuestion": ".answered_question",
    "AnswersRetrieveResponse": ".answers_retrieve_response",
    "Batch": ".batch",
    "BatchCommitTask": ".batch_commit_task",
    "BatchDataElementBySourceForm": ".batch_data_element_by_source_form",
    "BatchDataElementBySourceResponse": ".batch_data_element_by_source_response",
    "BatchNoForm": ".batch_no_form",
    "BatchSendSmsForm": ".batch_send_sms_form",
    "BatchSendSmsFormTemplateParamsItem": ".batch_send_sms_form_template_params_item",
    "BatchSendSmsResponse": ".batch_send_sms_response",
    "BatchTrace": ".batch_trace",
    "BatchWriteStreamForm": ".batch_write_stream_form",
    "BatchWriteStreamResponse": ".batch_write_stream_response",
    "BgicoinOrderType": ".bgicoin_order_type",
    "BgicoinTrade": ".bgicoin_trade",
    "BgicoinWithdrawForm": ".bgicoin_withdraw_form",
    "BgicoinWithdrawResponse": ".bgicoin_withdraw_response",
    "Collection": ".collection",
    "CollectionDeleteResponse": ".collection_delete_response",
    "CollectionDetailResponse": ".collection_detail_response",
    "CollectionIdForm": ".collection_id_form",
    "CollectionOmic": ".collection_omic",
    "CollectionRef": ".collection_ref",
    "CollectionType": ".collection_type",
    "CommitBatchResponse": ".commit_batch_response",
    "Condition": ".condition",
    "ConditionOperator": ".condition_operator",
    "CreateIndexForm": ".create_index_form",
    "CreateIndexResponse": ".create_index_response",
    "DailyCompletion": ".daily_completion",
    "DataElement": ".data_element",
    "DataElementAllele": ".data_element_allele",
    "DataElementAnnotation": ".data_element_annotation",
    "DataElementBySourceResponse": ".data_element_by_source_response",
    "DataElementInfo": ".data_element_info",
    "DataElementRef": ".data_element_ref",
    "DataElementSearchForm": ".data_element_search_form",
    "DataElementSearchFormTypes": ".data_element_search_form_types",
    "DataElementSearchHit": ".data_element_search_hit",
    "DataElementSearchHitData": ".data_element_search_hit_data",
    "DataElementSearchHitHighlight": ".data_element_search_hit_highlight",
    "DataElementSearchPage": ".data_element_search_page",
    "DataElementSearchResponse": ".data_element_search_response",
    "DataElementSourceForm": ".data_element_source_form",
    "DataItem": ".data_item",
    "DataItemAttributes": ".data_item_attributes",
    "DataItemBatchPage": ".data_item_batch_page",
    "DataItemChangeList": ".data_item_change_list",
    "DataItemChangeListForm": ".data_item_change_list_form",
    "DataItemChangeListResponse": ".data_item_change_list_response",
    "DataItemInput": ".data_item_input",
    "DataItemInputAttributes": ".data_item_input_attributes",
    "DataItemQueryForm": ".data_item_query_form",
    "DataItemQueryPage": ".data_item_query_page",
    "DataItemQueryResponse": ".data_item_query_response",
    "DelateSmsTemplateForm": ".delate_sms_template_form",
    "DelateSmsTemplateResponse": ".delate_sms_template_response",
    "DeleteIndexForm": ".delete_index_form",
    "DeleteIndexResponse": ".delete_index_response",
    "DeleteReleaseSurveysResponse": ".delete_release_surveys_response",
    "DeployModelForm": ".deploy_model_form",
    "DeployModelResponse": ".deploy_model_response",
    "DiscardDataElementResponse": ".discard_data_element_response",
    "DiscardedDataElement": ".discarded_data_element",
    "DownloadOmicsDataForm": ".download_omics_data_form",
    "DownloadOmicsDataResponse": ".download_omics_data_response",
    "EditCollectionForm": ".edit_collection_form",
    "EditCollectionResponse": ".edit_collection_response",
    "EditCollectionUploadForm": ".edit_collection_upload_form",
    "Envelope": ".envelope",
    "ErrorCode": ".error_code",
    "ExternalSampleId": ".external_sample_id",
    "FerryDownloadToOssForm": ".ferry_download_to_oss_form",
    "FerryDownloadToOssResponse": ".ferry_download_to_oss_response",
    "FuncAbundance": ".func_abundance",
    "FuncAbundancePage": ".func_abundance_page",
    "FuncCoding": ".func_coding",
    "GatewayInvokeForm": ".gateway_invoke_form",
    "GatewayInvokeResponse": ".gateway_invoke_response",
    "GeneAbundance": ".gene_abundance",
    "GeneAbundancePage": ".gene_abundance_page",
    "GeneObservation": ".gene_observation",
    "GetDataElementForm": ".get_data_element_form",
    "GetDataElementResponse": ".get_data_element_response",
    "GetFuncAbundanceForm": ".get_func_abundance_form",
    "GetFuncAbundanceFormCatalog": ".get_func_abundance_form_catalog",
    "GetFuncAbundanceResponse": ".get_func_abundance_response",
    "GetGeneAbundanceForm": ".get_gene_abundance_form",
    "GetGeneAbundanceFormCatalog": ".get_gene_abundance_form_catalog",
    "GetGeneAbundanceFormDataType": ".get_gene_abundance_form_data_type",
    "GetGeneAbundanceResponse": ".get_gene_abundance_response",
    "GetSampleV2Form": ".get_sample_v2_form",
    "GetSampleV2Response": ".get_sample_v2_response",
    "GetSamplesExternalIdsForm": ".get_samples_external_ids_form",
    "GetSamplesExternalIdsResponse": ".get_samples_external_ids_response",
    "GetSamplesForm": ".get_samples_form",
    "GetSamplesResponse": ".get_samples_response",
    "GetSurveysForm": ".get_surveys_form",
    "GetSurveysResponse": ".get_surveys_response",
    "GetTaxonAbundanceForm": ".get_taxon_abundance_form",
    "GetTaxonAbundanceResponse": ".get_taxon_abundance_response",
    "GetUserForm": ".get_user_form",
    "GetUserResponse": ".get_user_response",
    "GrantedSample": ".granted_sample",
    "IgcGene": ".igc_gene",
    "IgcGeneAnnotation": ".igc_gene_annotation",
    "ImageUpload": ".image_upload",
    "ImageUploadForm": ".image_upload_form",
    "ImageUploadResponse": ".image_upload_response",
    "ImportBatchForm": ".import_batch_form",
    "ImportBatchResponse": ".import_batch_response",
    "ImportResponseForm": ".import_response_form",
    "ImportResponseResponse": ".import_response_response",
    "ImportedAnswer": ".imported_answer",
    "ImproveSampleForm": ".improve_sample_form",
    "ImproveSampleResponse": ".improve_sample_response",
    "IndexDeletion": ".index_deletion",
    "IndividualProfile": ".individual_profile",
    "IndividualProfileNativePlace": ".individual_profile_native_place",
    "IndividualRef": ".individual_ref",
    "InvokeNotifyForm": ".invoke_notify_form",
    "InvokeNotifyFormParams": ".invoke_notify_form_params",
    "InvokeNotifyResponse": ".invoke_notify_response",
    "InvokeTaskForm": ".invoke_task_form",
    "InvokeTaskFormKwargs": ".invoke_task_form_kwargs",
    "InvokeTaskResponse": ".invoke_task_response",
    "LatestAnswersForm": ".latest_answers_form",
    "LatestAnswersResponse": ".latest_answers_response",
    "Library": ".library",
    "MergeDataElementForm": ".merge_data_element_form",
    "MergeDataElementResponse": ".merge_data_element_response",
    "ModelDocUploadForm": ".model_doc_upload_form",
    "ModelDocUploadResponse": ".model_doc_upload_response",
    "ModelDraftResponse": ".model_draft_response",
    "ModelExpfsUploadForm": ".model_expfs_upload_form",
    "ModelInputForm": ".model_input_form",
    "ModelListForm": ".model_list_form",
    "ModelListResponse": ".model_list_response",
    "ModelPage": ".model_page",
    "ModelPageResultItem": ".model_page_result_item",
    "ModelResponse": ".model_response",
    "ModelVersionsForm": ".model_versions_form",
    "ModelVersionsResponse": ".model_versions_response",
    "ModifySmsTemplateForm": ".modify_sms_template_form",
    "ModifySmsTemplateResponse": ".modify_sms_template_response",
    "NewOption": ".new_option",
    "OAuthApplication": ".o_auth_application",
    "OAuthAuthorization": ".o_auth_authorization",
    "OAuthGrant": ".o_auth_grant",
    "OAuthGrantApplication": ".o_auth_grant_application",
    "OAuthScope": ".o_auth_scope",
    "Oauth2ApplicationForm": ".oauth_2_application_form",
    "Oauth2ApplicationResponse": ".oauth_2_application_response",
    "Oauth2AuthorizeForm": ".oauth_2_authorize_form",
    "Oauth2AuthorizeResponse": ".oauth_2_authorize_response",
    "Oauth2GrantsForm": ".oauth_2_grants_form",
    "Oauth2GrantsResponse": ".oauth_2_grants_response",
    "Oauth2RevokeGrantForm": ".oauth_2_revoke_grant_form",
    "Oauth2RevokeGrantResponse": ".oauth_2_revoke_grant_response",
    "OpenbgeSearchForm": ".openbge_search_form",
    "OpenbgeSearchResponse": ".openbge_search_response",
    "OpenplatformSamplesStateForm": ".openplatform_samples_state_form",
    "OpenplatformSamplesStateResponse": ".openplatform_samples_state_response",
    "Option": ".option",
    "OptionIdForm": ".option_id_form",
    "OptionIdsForm": ".option_ids_form",
    "OptionPage": ".option_page",
    "OptionsBatchCreateForm": ".options_batch_create_form",
    "OptionsBatchCreateResponse": ".options_batch_create_response",
    "OptionsCleanResponse": ".options_clean_response",
    "OptionsDeleteResponse": ".options_delete_response",
    "OptionsReplaceForm": ".options_replace_form",
    "OptionsReplaceResponse": ".options_replace_response",
    "OptionsRetrieveResponse": ".options_retrieve_response",
    "Pagination": ".pagination",
    "PlatformTask": ".platform_task",
    "ProfessionalVariantForm": ".professional_variant_form",
    "ProfessionalVariantResponse": ".professional_variant_response",
    "ProfessionalVariantUploadForm": ".professional_variant_upload_form",
    "PublishModelForm": ".publish_model_form",
    "PublishModelResponse": ".publish_model_response",
    "PublishTask": ".publish_task",
    "Question": ".question",
    "QuestionAnswers": ".question_answers",
    "QuestionCompletion": ".question_completion",
    "QuestionIdForm": ".question_id_form",
    "QuestionIdsForm": ".question_ids_form",
    "QuestionPage": ".question_page",
    "QuestionSize": ".question_size",
    "QuestionSizeResponse": ".question_size_response",
    "QuestionStatistics": ".question_statistics",
    "QuestionStatisticsForm": ".question_statistics_form",
    "QuestionStatisticsResponse": ".question_statistics_response",
    "QuestionsCleanResponse": ".questions_clean_response",
    "QuestionsDeleteResponse": ".questions_delete_response",
    "QuestionsReplaceForm": ".questions_replace_form",
    "QuestionsReplaceResponse": ".questions_replace_response",
    "QuestionsRetrieveResponse": ".questions_retrieve_response",
    "RegisterBatchForm": ".register_batch_form",
    "RegisterBatchResponse": ".register_batch_response",
    "RegisterSampleForm": ".register_sample_form",
    "RegisterSampleResponse": ".register_sample_response",
    "RegisteredBatch": ".registered_batch",
    "RegisteredSample": ".registered_sample",
    "ReleaseOption": ".release_option",
    "ReleaseQuestion": ".release_question",
    "ReleaseQuestionIdForm": ".release_question_id_form",
    "ReleaseQuestionPage": ".release_question_page",
    "ReleaseQuestionsForm": ".release_questions_form",
    "ReleaseQuestionsResponse": ".release_questions_response",
    "ReleaseQuestionsRetrieveResponse": ".release_questions_retrieve_response",
    "ReleaseSurvey": ".release_survey",
    "ReleaseSurveyDetail": ".release_survey_detail",
    "ReleaseSurveyIdForm": ".release_survey_id_form",
    "ReleaseSurveyPage": ".release_survey_page",
    "ReleaseSurveysForm": ".release_surveys_form",
    "ReleaseSurveysResponse": ".release_surveys_response",
    "ReleaseSurveysRetrieveResponse": ".release_surveys_retrieve_response",
    "ReplaceDataElementForm": ".replace_data_element_form",
    "ReplaceDataElementFormColumns": ".replace_data_element_form_columns",
    "ReplaceDataElementResponse": ".replace_data_element_response",
    "ReportCheckQcResponse": ".report_check_qc_response",
    "ReportIdForm": ".report_id_form",
    "ReportRetrieveResponse": ".report_retrieve_response",
    "ReportStartQcResponse": ".report_start_qc_response",
    "ResponseIdForm": ".response_id_form",
    "ResponsesRetrieveResponse": ".responses_retrieve_response",
    "RetrieveBatchDataItemForm": ".retrieve_batch_data_item_form",
    "RetrieveBatchDataItemResponse": ".retrieve_batch_data_item_response",
    "RetrieveBatchResponse": ".retrieve_batch_response",
    "RetrieveDataItemForm": ".retrieve_data_item_form",
    "RetrieveDataItemResponse": ".retrieve_data_item_response",
    "RetrieveModelForm": ".retrieve_model_form",
    "RetrieveModelResponse": ".retrieve_model_response",
    "RetryableErrorCode": ".retryable_error_code",
    "RollbackModelForm": ".rollback_model_form",
    "RollbackModelResponse": ".rollback_model_response",
    "Sample": ".sample",
    "SampleAttributes": ".sample_attributes",
    "SampleProject": ".sample_project",
    "SearchHit": ".search_hit",
    "SearchHitData": ".search_hit_data",
    "SearchHitHighlight": ".search_hit_highlight",
    "SearchHitName": ".search_hit_name",
    "SearchIndexType": ".search_index_type",
    "SearchPage": ".search_page",
    "Sequencing": ".sequencing",
    "ShortUrl": ".short_url",
    "ShorturlsForm": ".shorturls_form",
    "ShorturlsResponse": ".shorturls_response",
    "SignUrlForm": ".sign_url_form",
    "SignUrlRegion": ".sign_url_region",
    "SignUrlResponse": ".sign_url_response",
    "SignedUrl": ".signed_url",
    "SigningFields": ".signing_fields",
    "SmsForm": ".sms_form",
    "SmsResponse": ".sms_response",
    "Statistics": ".statistics",
    "StatisticsAnswer": ".statistics_answer",
    "StatisticsAnswerPage": ".statistics_answer_page",
    "StreamBindForm": ".stream_bind_form",
    "StreamBindResponse": ".stream_bind_response",
    "StreamInput": ".stream_input",
    "StreamInputStreamData": ".stream_input_stream_data",
    "StreamMeta": ".stream_meta",
    "StreamPage": ".stream_page",
    "StreamRangeForm": ".stream_range_form",
    "StreamRangeFormSortDirection": ".stream_range_form_sort_direction",
    "StreamRangeResponse": ".stream_range_response",
    "StreamRecord": ".stream_record",
    "StreamRecordStreamData": ".stream_record_stream_data",
    "StreamRetrieveForm": ".stream_retrieve_form",
    "StreamRetrieveResponse": ".stream_retrieve_response",
    "StreamWriteOutcome": ".stream_write_outcome",
    "StreamWriteOutcomeStream": ".stream_write_outcome_stream",
    "StreamWriteOutcomeStreamDataElement": ".stream_write_outcome_stream_data_element",
    "StreamWriteOutcomes": ".stream_write_outcomes",
    "StsCredentials": ".sts_credentials",
    "StsToken": ".sts_token",
    "StsTokenForm": ".sts_token_form",
    "StsTokenResponse": ".sts_token_response",
    "Survey": ".survey",
    "SurveyAnswersForm": ".survey_answers_form",
    "SurveyAnswersResponse": ".survey_answers_response",
    "SurveyAsyncForm": ".survey_async_form",
    "SurveyAsyncResponse": ".survey_async_response",
    "SurveyDeleteResponse": ".survey_delete_response",
    "SurveyIdForm": ".survey_id_form",
    "SurveyIdsForm": ".survey_ids_form",
    "SurveyIndexDocument": ".survey_index_document",
    "SurveyOptionsForm": ".survey_options_form",
    "SurveyOptionsResponse": ".survey_options_response",
    "SurveyPage": ".survey_page",
    "SurveyPageInfo": ".survey_page_info",
    "SurveyProject": ".survey_project",
    "SurveyProjectPage": ".survey_project_page",
    "SurveyProjectsForm": ".survey_projects_form",
    "SurveyProjectsResponse": ".survey_projects_response",
    "SurveyQuestionForm": ".survey_question_form",
    "SurveyQuestionResponse": ".survey_question_response",
    "SurveyReplaceForm": ".survey_replace_form",
    "SurveyReplaceResponse": ".survey_replace_response",
    "SurveyResponse": ".survey_response",
    "SurveyResponsePage": ".survey_response_page",
    "SurveyResponsesForm": ".survey_responses_form",
    "SurveyResponsesResponse": ".survey_responses_response",
    "SurveyStatistics": ".survey_statistics",
    "SurveyStatisticsResponse": ".survey_statistics_response",
    "SurveyTargetForm": ".survey_target_form",
    "SurveyTargetResponse": ".survey_target_response",
    "SurveysRetrieveResponse": ".surveys_retrieve_response",
    "SyncResponsesForm": ".sync_responses_form",
    "SyncResponsesResponse": ".sync_responses_response",
    "TargetUser": ".target_user",
    "TargetUserPage": ".target_user_page",
    "TaskForm": ".task_form",
    "TaskInvocationType": ".task_invocation_type",
    "TaskResponse": ".task_response",
    "TaskResult": ".task_result",
    "TaskResultForm": ".task_result_form",
    "TaskResultResponse": ".task_result_response",
    "TaskStatus": ".task_status",
    "TaxonAbundance": ".taxon_abundance",
    "TaxonBackground": ".taxon_background",
    "TaxonBackgroundBackground": ".taxon_background_background",
    "Taxonomy": ".taxonomy",
    "TemplateStatusForm": ".template_status_form",
    "TemplateStatusResponse": ".template_status_response",
    "UpdateMsgsStatusForm": ".update_msgs_status_form",
    "UpdateMsgsStatusResponse": ".update_msgs_status_response",
    "UserIdForm": ".user_id_form",
    "VariantCall": ".variant_call",
    "VariantCoding": ".variant_coding",
    "VariantForm": ".variant_form",
    "VariantGene": ".variant_gene",
    "VariantGeneTranscript": ".variant_gene_transcript",
    "VariantGeneVersion": ".variant_gene_version",
    "VariantInformation": ".variant_information",
    "VariantInformationFrequency": ".variant_information_frequency",
    "VariantRecord": ".variant_record",
    "VariantRecordGenomicContext": ".variant_record_genomic_context",
    "VariantRecordSource": ".variant_record_source",
    "VariantRecordSourceTag": ".variant_record_source_tag",
    "VariantResponse": ".variant_response",
    "VariantSite": ".variant_site",
    "VariantTask": ".variant_task",
    "VariantV1Form": ".variant_v1_form",
    "VariantV1Response": ".variant_v1_response",
    "WatchFc2Form": ".watch_fc_2_form",
    "WatchFc2Response": ".watch_fc_2_response",
    "WechatOpenids": ".wechat_openids",
    "WechatProfile": ".wechat_profile",
    "WechatProfileResponse": ".wechat_profile_response",
    "WechatToken": ".wechat_token",
    "WechatTokenAction": ".wechat_token_action",
    "WechatTokenForm": ".wechat_token_form",
    "WechatTokenResponse": ".wechat_token_response",
    "WriteStreamForm": ".write_stream_form",
    "WriteStreamResponse": ".write_stream_response",
    "WrittenStream": ".written_stream",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "AbundanceCoding",
    "AbundanceObservation",
    "AbundanceSampleInfo",
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
    "AddCollectionForm",
    "AddCollectionResponse",
    "AddCollectionUploadForm",
    "AddSmsTemplateForm",
    "AddSmsTemplateResponse",
    "Alignment",
    "Answer",
    "AnswerIdForm",
    "AnswerPage",
    "AnswerResponse",
    "AnswerSummary",
    "AnsweredQuestion",
    "AnswersRetrieveResponse",
    "Batch",
    "BatchCommitTask",
    "BatchDataElementBySourceForm",
    "BatchDataElementBySourceResponse",
    "BatchNoForm",
    "BatchSendSmsForm",
    "BatchSendSmsFormTemplateParamsItem",
    "BatchSendSmsResponse",
    "BatchTrace",
    "BatchWriteStreamForm",
    "BatchWriteStreamResponse",
    "BgicoinOrderType",
    "BgicoinTrade",
    "BgicoinWithdrawForm",
    "BgicoinWithdrawResponse",
    "Collection",
    "CollectionDeleteResponse",
    "CollectionDetailResponse",
    "CollectionIdForm",
    "CollectionOmic",
    "CollectionRef",
    "CollectionType",
    "CommitBatchResponse",
    "Condition",
    "ConditionOperator",
    "CreateIndexForm",
    "CreateIndexResponse",
    "DailyCompletion",
    "DataElement",
    "DataElementAllele",
    "DataElementAnnotation",
    "DataElementBySourceResponse",
    "DataElementInfo",
    "DataElementRef",
    "DataElementSearchForm",
    "DataElementSearchFormTypes",
    "DataElementSearchHit",
    "DataElementSearchHitData",
    "DataElementSearchHitHighlight",
    "DataElementSearchPage",
    "DataElementSearchResponse",
    "DataElementSourceForm",
    "DataItem",
    "DataItemAttributes",
    "DataItemBatchPage",
    "DataItemChangeList",
    "DataItemChangeListForm",
    "DataItemChangeListResponse",
    "DataItemInput",
    "DataItemInputAttributes",
    "DataItemQueryForm",
    "DataItemQueryPage",
    "DataItemQueryResponse",
    "DelateSmsTemplateForm",
    "DelateSmsTemplateResponse",
    "DeleteIndexForm",
    "DeleteIndexResponse",
    "DeleteReleaseSurveysResponse",
    "DeployModelForm",
    "DeployModelResponse",
    "DiscardDataElementResponse",
    "DiscardedDataElement",
    "DownloadOmicsDataForm",
    "DownloadOmicsDataResponse",
    "EditCollectionForm",
    "EditCollectionResponse",
    "EditCollectionUploadForm",
    "Envelope",
    "ErrorCode",
    "ExternalSampleId",
    "FerryDownloadToOssForm",
    "FerryDownloadToOssResponse",
    "FuncAbundance",
    "FuncAbundancePage",
    "FuncCoding",
    "GatewayInvokeForm",
    "GatewayInvokeResponse",
    "GeneAbundance",
    "GeneAbundancePage",
    "GeneObservation",
    "GetDataElementForm",
    "GetDataElementResponse",
    "GetFuncAbundanceForm",
    "GetFuncAbundanceFormCatalog",
    "GetFuncAbundanceResponse",
    "GetGeneAbundanceForm",
    "GetGeneAbundanceFormCatalog",
    "GetGeneAbundanceFormDataType",
    "GetGeneAbundanceResponse",
    "GetSampleV2Form",
    "GetSampleV2Response",
    "GetSamplesExternalIdsForm",
    "GetSamplesExternalIdsResponse",
    "GetSamplesForm",
    "GetSamplesResponse",
    "GetSurveysForm",
    "GetSurveysResponse",
    "GetTaxonAbundanceForm",
    "GetTaxonAbundanceResponse",
    "GetUserForm",
    "GetUserResponse",
    "GrantedSample",
    "IgcGene",
    "IgcGeneAnnotation",
    "ImageUpload",
    "ImageUploadForm",
    "ImageUploadResponse",
    "ImportBatchForm",
    "ImportBatchResponse",
    "ImportResponseForm",
    "ImportResponseResponse",
    "ImportedAnswer",
    "ImproveSampleForm",
    "ImproveSampleResponse",
    "IndexDeletion",
    "IndividualProfile",
    "IndividualProfileNativePlace",
    "IndividualRef",
    "InvokeNotifyForm",
    "InvokeNotifyFormParams",
    "InvokeNotifyResponse",
    "InvokeTaskForm",
    "InvokeTaskFormKwargs",
    "InvokeTaskResponse",
    "LatestAnswersForm",
    "LatestAnswersResponse",
    "Library",
    "MergeDataElementForm",
    "MergeDataElementResponse",
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
    "OpenbgeSearchForm",
    "OpenbgeSearchResponse",
    "OpenplatformSamplesStateForm",
    "OpenplatformSamplesStateResponse",
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
    "ProfessionalVariantForm",
    "ProfessionalVariantResponse",
    "ProfessionalVariantUploadForm",
    "PublishModelForm",
    "PublishModelResponse",
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
    "RegisterBatchForm",
    "RegisterBatchResponse",
    "RegisterSampleForm",
    "RegisterSampleResponse",
    "RegisteredBatch",
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
    "ReplaceDataElementForm",
    "ReplaceDataElementFormColumns",
    "ReplaceDataElementResponse",
    "ReportCheckQcResponse",
    "ReportIdForm",
    "ReportRetrieveResponse",
    "ReportStartQcResponse",
    "ResponseIdForm",
    "ResponsesRetrieveResponse",
    "RetrieveBatchDataItemForm",
    "RetrieveBatchDataItemResponse",
    "RetrieveBatchResponse",
    "RetrieveDataItemForm",
    "RetrieveDataItemResponse",
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
    "StatisticsAnswer",
    "StatisticsAnswerPage",
    "StreamBindForm",
    "StreamBindResponse",
    "StreamInput",
    "StreamInputStreamData",
    "StreamMeta",
    "StreamPage",
    "StreamRangeForm",
    "StreamRangeFormSortDirection",
    "StreamRangeResponse",
    "StreamRecord",
    "StreamRecordStreamData",
    "StreamRetrieveForm",
    "StreamRetrieveResponse",
    "StreamWriteOutcome",
    "StreamWriteOutcomeStream",
    "StreamWriteOutcomeStreamDataElement",
    "StreamWriteOutcomes",
    "StsCredentials",
    "StsToken",
    "StsTokenForm",
    "StsTokenResponse",
    "Survey",
    "SurveyAnswersForm",
    "SurveyAnswersResponse",
    "SurveyAsyncForm",
    "SurveyAsyncResponse",
    "SurveyDeleteResponse",
    "SurveyIdForm",
    "SurveyIdsForm",
    "SurveyIndexDocument",
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
    "TaxonAbundance",
    "TaxonBackground",
    "TaxonBackgroundBackground",
    "Taxonomy",
    "TemplateStatusForm",
    "TemplateStatusResponse",
    "UpdateMsgsStatusForm",
    "UpdateMsgsStatusResponse",
    "UserIdForm",
    "VariantCall",
    "VariantCoding",
    "VariantForm",
    "VariantGene",
    "VariantGeneTranscript",
    "VariantGeneVersion",
    "VariantInformation",
    "VariantInformationFrequency",
    "VariantRecord",
    "VariantRecordGenomicContext",
    "VariantRecordSource",
    "VariantRecordSourceTag",
    "VariantResponse",
    "VariantSite",
    "VariantTask",
    "VariantV1Form",
    "VariantV1Response",
    "WatchFc2Form",
    "WatchFc2Response",
    "WechatOpenids",
    "WechatProfile",
    "WechatProfileResponse",
    "WechatToken",
    "WechatTokenAction",
    "WechatTokenForm",
    "WechatTokenResponse",
    "WriteStreamForm",
    "WriteStreamResponse",
    "WrittenStream",
)
