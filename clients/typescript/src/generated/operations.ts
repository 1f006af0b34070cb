// Generated from openapi.yaml by clients/typescript/scripts/generate.mjs; do not edit.
import type { paths } from "./schema.js";
import type { OperationWire } from "../wire.js";

/** How each operation's body goes on the wire, by path and method. */
export const operations = {
  "/openbge/user/profile": {
    "post": {
      "operationId": "get_user",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/samples": {
    "post": {
      "operationId": "get_samples",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/samples/register": {
    "post": {
      "operationId": "register_sample",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/samples/improve": {
    "post": {
      "operationId": "improve_sample",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/samples/external_ids": {
    "post": {
      "operationId": "get_samples_external_ids",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/v2/openbge/samples": {
    "post": {
      "operationId": "get_sample_V2",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/openplatform/samples/state": {
    "post": {
      "operationId": "openplatform_samples_state",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/v2/openbge/genome/variant": {
    "post": {
      "operationId": "variant",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/genome/variant": {
    "post": {
      "operationId": "variant_v1",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/professional/variant": {
    "post": {
      "operationId": "professional_variant",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        },
        {
          "type": "multipart/form-data",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/microbiome/taxon_abundance": {
    "post": {
      "operationId": "get_taxon_abundance",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/microbiome/func_abundance": {
    "post": {
      "operationId": "get_func_abundance",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/microbiome/gene_abundance": {
    "post": {
      "operationId": "get_gene_abundance",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/data_element/search": {
    "post": {
      "operationId": "data_element_search",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/data_element/retrieve": {
    "post": {
      "operationId": "get_data_element",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/data_element/retrieve/by_source": {
    "post": {
      "operationId": "data_element_by_source",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/data_element/batch_retrieve/by_source": {
    "post": {
      "operationId": "batch_data_element_by_source",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/data_element/replace": {
    "post": {
      "operationId": "replace_data_element",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": [
            "columns"
          ]
        }
      ]
    }
  },
  "/openbge/data_element/discard": {
    "post": {
      "operationId": "discard_data_element",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/data_element/merge": {
    "post": {
      "operationId": "merge_data_element",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/batch/retrieve": {
    "post": {
      "operationId": "retrieve_batch",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/batch/register": {
    "post": {
      "operationId": "register_batch",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/batch/import": {
    "post": {
      "operationId": "import_batch",
      "media": [
        {
          "type": "application/json",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/batch/commit": {
    "post": {
      "operationId": "commit_batch",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/data_item/retrieve": {
    "post": {
      "operationId": "retrieve_data_item",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/v2/openbge/data_item/batch_retrieve": {
    "post": {
      "operationId": "retrieve_batch_data_item",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/data_item/query": {
    "post": {
      "operationId": "data_item_query",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/data_item/change_list": {
    "post": {
      "operationId": "data_item_change_list",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/data_element_collection/add": {
    "post": {
      "operationId": "add_collection",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        },
        {
          "type": "multipart/form-data",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/data_element_collection/edit": {
    "post": {
      "operationId": "edit_collection",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        },
        {
          "type": "multipart/form-data",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/data_element_collection/collection_detail": {
    "post": {
      "operationId": "collection_detail",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/data_element_collection/delete": {
    "post": {
      "operationId": "collection_delete",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/stream/range": {
    "post": {
      "operationId": "stream_range",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/stream/write": {
    "post": {
      "operationId": "write_stream",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/stream/batch_write": {
    "post": {
      "operationId": "batch_write_stream",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": [
            "streams"
          ]
        }
      ]
    }
  },
  "/openbge/stream/retrieve": {
    "post": {
      "operationId": "stream_retrieve",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/stream/bind": {
    "post": {
      "operationId": "stream_bind",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/datamall/omics_data/download": {
    "post": {
      "operationId": "download_omics_data",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/oauth2/application": {
    "post": {
      "operationId": "oauth2_application",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/oauth2/authorize": {
    "post": {
      "operationId": "oauth2_authorize",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": [
            "biosample_ids"
          ]
        }
      ]
    }
  },
  "/openbge/oauth2/grants": {
    "post": {
      "operationId": "oauth2_grants",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/oauth2/revoke_grant": {
    "post": {
      "operationId": "oauth2_revoke_grant",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/surveys": {
    "post": {
      "operationId": "get_surveys",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/surveys/retrieve": {
    "post": {
      "operationId": "surveys_retrieve",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/surveys/replace": {
    "post": {
      "operationId": "survey_replace",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/surveys/publish/async": {
    "post": {
      "operationId": "survey_async",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/surveys/delete": {
    "post": {
      "operationId": "survey_delete",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/questions": {
    "post": {
      "operationId": "survey_question",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/questions/retrieve": {
    "post": {
      "operationId": "questions_retrieve",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/questions/replace": {
    "post": {
      "operationId": "questions_replace",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/questions/delete": {
    "post": {
      "operationId": "questions_delete",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/questions/clean": {
    "post": {
      "operationId": "questions_clean",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/options": {
    "post": {
      "operationId": "survey_options",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/options/retrieve": {
    "post": {
      "operationId": "options_retrieve",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/options/replace": {
    "post": {
      "operationId": "options_replace",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/options/delete": {
    "post": {
      "operationId": "options_delete",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/options/clean": {
    "post": {
      "operationId": "options_clean",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/options/batch_create": {
    "post": {
      "operationId": "options_batch_create",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": [
            "options"
          ]
        }
      ]
    }
  },
  "/api/survey/release_surveys": {
    "post": {
      "operationId": "release_surveys",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/release_surveys/retrieve": {
    "post": {
      "operationId": "release_surveys_retrieve",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/release_surveys/delete": {
    "post": {
      "operationId": "delete_release_surveys",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/release_questions": {
    "post": {
      "operationId": "release_questions",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/release_questions/retrieve": {
    "post": {
      "operationId": "release_questions_retrieve",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/responses": {
    "post": {
      "operationId": "survey_responses",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/responses/retrieve": {
    "post": {
      "operationId": "responses_retrieve",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/responses/import": {
    "post": {
      "operationId": "import_response",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": [
            "answers"
          ]
        }
      ]
    }
  },
  "/api/survey/responses/sync": {
    "post": {
      "operationId": "sync_responses",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/answers": {
    "post": {
      "operationId": "survey_answers",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/answers/latest": {
    "post": {
      "operationId": "latest_answers",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/answers/retrieve": {
    "post": {
      "operationId": "answers_retrieve",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/statistics": {
    "post": {
      "operationId": "survey_statistics",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/statistics/question": {
    "post": {
      "operationId": "question_statistics",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/task": {
    "post": {
      "operationId": "task_result",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/projects": {
    "post": {
      "operationId": "survey_projects",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/api/survey/target": {
    "post": {
      "operationId": "survey_target",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": [
            "AND",
            "OR"
          ]
        }
      ]
    }
  },
  "/api/survey/question_size": {
    "post": {
      "operationId": "question_size",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/task/invoke": {
    "post": {
      "operationId": "invoke_task",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": [
            "args",
            "kwargs"
          ]
        }
      ]
    }
  },
  "/openbge/task/{task_id}": {
    "post": {
      "operationId": "task",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/wechat/profile": {
    "post": {
      "operationId": "wechat_profile",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/wechat/token": {
    "post": {
      "operationId": "wechat_token",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/search": {
    "post": {
      "operationId": "openbge_search",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/index": {
    "post": {
      "operationId": "create_index",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": [
            "content"
          ]
        }
      ]
    }
  },
  "/openbge/index/delete": {
    "post": {
      "operationId": "delete_index",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/gateway/invoke": {
    "post": {
      "operationId": "gateway_invoke",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/service/image/upload": {
    "post": {
      "operationId": "image_upload",
      "media": [
        {
          "type": "multipart/form-data",
          "jsonFields": []
        }
      ]
    }
  },
  "/service/sms": {
    "post": {
      "operationId": "sms",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/service/sts/token": {
    "post": {
      "operationId": "sts_token",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/service/oss/sign_url": {
    "post": {
      "operationId": "sign_url",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/service/shorturls": {
    "post": {
      "operationId": "shorturls",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/service/bgicoin/withdraw": {
    "post": {
      "operationId": "bgicoin_withdraw",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/service/ferry/download_to_oss": {
    "post": {
      "operationId": "ferry_download_to_oss",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/service/sms/add_template": {
    "post": {
      "operationId": "add_sms_template",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/service/sms/modify_template": {
    "post": {
      "operationId": "modify_sms_template",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/service/sms/delete_template": {
    "post": {
      "operationId": "delate_sms_template",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/service/sms/template_status": {
    "post": {
      "operationId": "template_status",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/service/sms/update_msgs_status": {
    "post": {
      "operationId": "update_msgs_status",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/service/sms/batch_send": {
    "post": {
      "operationId": "batch_send_sms",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": [
            "template_params"
          ]
        }
      ]
    }
  },
  "/openbge/model": {
    "post": {
      "operationId": "model_list",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/model/deploy": {
    "post": {
      "operationId": "deploy_model",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/model/publish": {
    "post": {
      "operationId": "publish_model",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/model/rollback": {
    "post": {
      "operationId": "rollback_model",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/model/retrieve": {
    "post": {
      "operationId": "retrieve_model",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/model/{model_id}": {
    "post": {
      "operationId": "model",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/model/{model_id}/draft": {
    "post": {
      "operationId": "model_draft",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/model/{model_id}/versions": {
    "post": {
      "operationId": "model_versions",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/model/doc_upload": {
    "post": {
      "operationId": "model_doc_upload",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        },
        {
          "type": "multipart/form-data",
          "jsonFields": []
        }
      ]
    }
  },
  "/openbge/watch/fc2": {
    "post": {
      "operationId": "watch_fc2",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/notify_center/invoke/notify": {
    "post": {
      "operationId": "invoke_notify",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": [
            "params"
          ]
        }
      ]
    }
  },
  "/account/verify": {
    "post": {
      "operationId": "account_verify",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/account/login": {
    "post": {
      "operationId": "account_login",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/account/users": {
    "post": {
      "operationId": "account_get_users",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/account/user": {
    "post": {
      "operationId": "account_get_user",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/report/retrieve": {
    "post": {
      "operationId": "report_retrieve",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/report/start_qc": {
    "post": {
      "operationId": "report_start_qc",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  },
  "/report/check_qc": {
    "post": {
      "operationId": "report_check_qc",
      "media": [
        {
          "type": "application/x-www-form-urlencoded",
          "jsonFields": []
        }
      ]
    }
  }
} as const satisfies {
  readonly [P in keyof paths]: { readonly [method: string]: OperationWire };
};
