// Generated from openapi.yaml by clients/typescript/scripts/generate.mjs; do not edit.
import type { paths } from "./schema.js";
import type { OperationWire } from "../wire.js";

/** How each operation's body goes on the wire, by path and method. */
export const operations = {
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
  }
} as const satisfies {
  readonly [P in keyof paths]: { readonly [method: string]: OperationWire };
};
