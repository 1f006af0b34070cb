/**
 * Calls every operation of openapi.yaml from TypeScript against a running sandbox, with the spec's
 * own request examples, and checks each answer against the operation's response schema (Ajv,
 * JSON Schema 2020-12). Starts nothing: usage `node operations.js <openapi.yaml> <base URL>`,
 * with BGE_APP_KEY and BGE_APP_SECRET in the environment.
 */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { createPrivateClient } from "../src/client.js";

type Json = Record<string, any>;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const [specPath, baseUrl] = process.argv.slice(2);
const { BGE_APP_KEY: appKey, BGE_APP_SECRET: appSecret } = process.env;
if (!specPath || !baseUrl || !appKey || !appSecret) {
  console.error("usage: node operations.js <openapi.yaml> <base URL>, with BGE_APP_KEY and BGE_APP_SECRET set");
  process.exit(2);
}
const spec: Json = parse(readFileSync(specPath, "utf8"));

// The whole document is one schema resource, so that `#/components/...` references resolve.
// strict: false because OpenAPI's own keywords and x- extensions are not JSON Schema's.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(spec, "openapi.yaml");

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

function resolve(schema: Json | undefined): Json {
  let node = schema ?? {};
  while (typeof node.$ref === "string") {
    const keys = node.$ref.slice(2).split("/").map((k: string) => k.replaceAll("~1", "/").replaceAll("~0", "~"));
    node = keys.reduce((at: Json, key: string) => at[key], spec);
  }
  return node;
}

/** Every property schema of an object schema, through $ref and allOf. */
function properties(schema: Json | undefined): Record<string, Json> {
  const node = resolve(schema);
  return Object.assign({}, ...(node.allOf ?? []).map(properties), node.properties ?? {});
}

function firstExample(holder: Json): unknown {
  const examples = Object.values(holder.examples ?? {}) as Json[];
  if (examples.length) return resolve(examples[0]).value;
  return holder.example ?? resolve(holder.schema).examples?.[0] ?? resolve(holder.schema).example;
}

/** The request of the spec's first example: body (file parts as Blobs) and path parameters. */
function exampleRequest(path: string, item: Json, operation: Json): { body?: Record<string, unknown>; params: Json } {
  const path_: Record<string, unknown> = {};
  for (const parameter of [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(resolve)) {
    if (parameter.in !== "path") continue;
    const value = firstExample(parameter);
    if (value === undefined) throw new Error(`no example for path parameter ${parameter.name} of ${path}`);
    path_[parameter.name] = value;
  }
  const content: Json = resolve(operation.requestBody).content ?? {};
  const media = Object.values(content).find((m: Json) => firstExample(m) !== undefined) as Json | undefined;
  if (media === undefined) {
    if (Object.keys(content).length && resolve(operation.requestBody).required) throw new Error("no request example");
    return { params: { path: path_ } };
  }
  const body = { ...(firstExample(media) as Record<string, unknown>) };
  for (const [name, schema] of Object.entries(properties(media.schema))) {
    const value = body[name];
    if (resolve(schema).format === "binary" && typeof value === "string") body[name] = new Blob([value]);
  }
  return { body, params: { path: path_ } };
}

const client = createPrivateClient({ baseUrl, appKey, appSecret });
type Answer = { data?: unknown; error?: unknown; response: Response };
const request = client.request as (method: string, path: string, init: object) => Promise<Answer>;
let total = 0;
let passed = 0;
for (const [path, item] of Object.entries(spec.paths ?? {}) as [string, Json][]) {
  for (const method of METHODS.filter((m) => item[m])) {
    const operation: Json = item[method];
    const name = `${operation.operationId} (${method.toUpperCase()} ${path})`;
    total += 1;
    try {
      const { body, params } = exampleRequest(path, item, operation);
      const { data, error, response } = await request(method, path, { body, params });
      if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${JSON.stringify(error).slice(0, 300)}`);
      const where = pointer("paths", path, method, "responses", "200", "content", "application/json", "schema");
      const validate = ajv.getSchema(`openapi.yaml#/${where}`);
      if (validate === undefined) throw new Error("no application/json schema for the 200 answer");
      // A schema that accepts anything would make this check vacuous.
      if (validate({ msg: 0 })) throw new Error("the 200 schema accepts an answer without a code");
      if (!validate(data)) throw new Error(`answer not of the spec's shape: ${ajv.errorsText(validate.errors)}`);
      const code = (data as Json).code;
      const allowed: number[] = operation["x-error-codes"] ?? [];
      if (code !== 0 && !allowed.includes(code)) {
        throw new Error(`code ${code} (${(data as Json).msg}), neither 0 nor one of its x-error-codes`);
      }
      passed += 1;
      console.log(`ok    ${name}: code ${code}`);
    } catch (failure) {
      console.log(`FAIL  ${name}: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  }
}
console.log(`operations called from TypeScript ${passed}/${total}`);
process.exitCode = passed === total && total > 0 ? 0 : 1;
