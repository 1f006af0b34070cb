/** The generated openapi-fetch client, with bodies encoded as openapi.yaml says and every request signed. */
import createClient, { type Client, type ClientOptions, type Middleware } from "openapi-fetch";
import { operations } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { SIGNING_FIELDS, computeSign, newNonce, utcTimestamp } from "./signing.js";
import { FORM, JSON_BODY, MULTIPART, type OperationWire, encodeBody, encodeForm, jsonMemberText } from "./wire.js";

export interface PrivateClientOptions extends Omit<ClientOptions, "bodySerializer"> {
  appKey: string;
  appSecret: string;
}

function checkName(seen: Set<string>, name: string): void {
  if ((SIGNING_FIELDS as readonly string[]).includes(name)) {
    throw new TypeError(`${name} is added by the signer and must not be given`);
  }
  if (seen.has(name)) throw new TypeError(`${name} is given more than once; the platform takes one value per name`);
  seen.add(name);
}

/** `request` with the four signing fields added to the body it carries, signed over that body. */
export async function signRequest(request: Request, appKey: string, appSecret: string): Promise<Request> {
  const type = (request.headers.get("content-type") ?? FORM).split(";")[0]!.trim().toLowerCase();
  const added = { app_key: appKey, signature_nonce: newNonce(), timestamp: utcTimestamp() };
  const headers = new Headers(request.headers);
  const seen = new Set<string>();
  let body: string | FormData;
  if (type === FORM) {
    const fields = [...new URLSearchParams(await request.clone().text())];
    fields.forEach(([name]) => checkName(seen, name));
    const all = [...fields, ...Object.entries(added)];
    body = encodeForm([...all, ["sign", computeSign(appSecret, Object.fromEntries(all))]]);
    headers.set("content-type", FORM);
  } else if (type === MULTIPART) {
    const form = await request.clone().formData();
    const texts: Record<string, string> = { ...added };
    for (const [name, value] of form) {
      checkName(seen, name);
      if (typeof value === "string") texts[name] = value; // file parts are not signed
    }
    Object.entries(added).forEach(([name, value]) => form.append(name, value));
    form.append("sign", computeSign(appSecret, texts));
    body = form;
    headers.delete("content-type"); // fetch writes it, with the new boundary
  } else if (type === JSON_BODY) {
    const object: unknown = JSON.parse(await request.clone().text());
    if (typeof object !== "object" || object === null || Array.isArray(object)) {
      throw new TypeError("a JSON body must be an object: the signing fields are added to it");
    }
    const texts: Record<string, string | undefined> = { ...added };
    for (const [name, value] of Object.entries(object)) {
      checkName(seen, name);
      texts[name] = jsonMemberText(value);
    }
    body = JSON.stringify({ ...object, ...added, sign: computeSign(appSecret, texts) });
  } else {
    throw new TypeError(`cannot sign a ${type} body; the platform takes ${FORM}, ${MULTIPART} or ${JSON_BODY}`);
  }
  return new Request(request, { body, headers });
}

/** Signs each request as it leaves, so that every attempt has its own nonce and timestamp. */
export function signingMiddleware(appKey: string, appSecret: string): Middleware {
  return { onRequest: ({ request }) => signRequest(request, appKey, appSecret) };
}

type Init = { body?: unknown; headers?: ConstructorParameters<typeof Headers>[0]; [key: string]: unknown };
const WIRE: Readonly<Record<string, Readonly<Record<string, OperationWire>>>> = operations;

/** A client for every operation of openapi.yaml: `client.POST("/openbge/samples", { body })`. */
export function createPrivateClient(options: PrivateClientOptions): Client<paths> {
  const { appKey, appSecret, ...clientOptions } = options;
  if (!appKey || !appSecret) throw new TypeError("appKey and appSecret are required");
  const client = createClient<paths>(clientOptions);
  client.use(signingMiddleware(appKey, appSecret));
  const send = client.request as (method: string, path: string, init?: Init) => ReturnType<Client<paths>["request"]>;
  const request = (method: string, path: string, init: Init = {}) => {
    const wire = WIRE[path]?.[method.toLowerCase()];
    if (wire === undefined) throw new TypeError(`openapi.yaml has no operation ${method.toUpperCase()} ${path}`);
    if (init.body === undefined) return send(method, path, init);
    if (typeof init.body !== "object" || init.body === null) {
      throw new TypeError(`${wire.operationId}: the body is an object of fields`);
    }
    const { type, body } = encodeBody(wire, init.body as Record<string, unknown>);
    const headers = new Headers(init.headers);
    if (type === MULTIPART) headers.delete("content-type");
    else headers.set("content-type", type);
    return send(method, path, { ...init, headers, bodySerializer: () => body });
  };
  const method = (name: string) => (path: string, init?: Init) => request(name, path, init);
  return {
    ...client,
    request: request as Client<paths>["request"],
    POST: method("post") as Client<paths>["POST"],
  };
}
