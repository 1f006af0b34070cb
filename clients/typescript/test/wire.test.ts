/** What the client puts on the wire, read back from the Request it would send (no network). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { createPrivateClient, signRequest } from "../src/client.js";
import { computeSign } from "../src/signing.js";
import { type OperationWire, encodeBody, jsonMemberText, textForm } from "../src/wire.js";

const KEY = "F4QPfredao9slVB2ua4vVeOryOHsSsC62wM1TUmm";
const SECRET = "s3cr3t";
const URL_ = "http://127.0.0.1:9/x";

function captured(): { requests: Request[]; fetch: (r: Request) => Promise<Response> } {
  const requests: Request[] = [];
  return {
    requests,
    fetch: async (request: Request) => {
      requests.push(request);
      return Response.json({ code: 0, msg: "ok", data: { total: 1 } });
    },
  };
}

function formFields(text: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(text));
}

test("text forms: booleans, numbers, dates; lists only in JSON fields", () => {
  assert.equal(textForm("a", true), "True");
  assert.equal(textForm("a", false), "False");
  assert.equal(textForm("a", 46.612), "46.612");
  assert.equal(textForm("a", 11), "11");
  assert.equal(textForm("a", new Date("2026-11-22T16:00:00.250+08:00")), "2026-11-22T08:00:00Z");
  assert.equal(textForm("a", null), undefined);
  assert.throws(() => textForm("AND", [1]), /AND: a list can only be sent in a field that openapi.yaml declares/);
  assert.throws(() => textForm("depth", Number.NaN), /not a finite number/);
});

test("JSON-body members are signed as Python's str() writes them", () => {
  assert.equal(
    jsonMemberText({ a: 1, b: [true, null], c: "it's", d: 'say "x"' }),
    `{'a': 1, 'b': [True, None], 'c': "it's", 'd': 'say "x"'}`,
  );
  assert.equal(
    jsonMemberText(["it's \"both\"", "tab\tnew\nline", "\u00a0", "样品🧬"]),
    `['it\\'s "both"', 'tab\\tnew\\nline', '\\xa0', '样品🧬']`,
  );
  assert.equal(
    jsonMemberText([0.5, 1e-5, 1e-7, 1e16, 1e21, 123456789012, -0.0001]),
    "[0.5, 1e-05, 1e-07, 10000000000000000, 1e+21, 123456789012, -0.0001]",
  );
  assert.equal(jsonMemberText(1630484655317), "1630484655317");
  assert.equal(jsonMemberText(null), undefined);
});

test("survey_target: AND goes as JSON text, signed as sent; each call gets its own nonce", async () => {
  const { requests, fetch } = captured();
  const client = createPrivateClient({ baseUrl: "http://127.0.0.1:9", appKey: KEY, appSecret: SECRET, fetch });
  const AND = [{ data_element_identifier_de: "x", operator: "=" as const, content: "华小胖 & co" }];
  const first = await client.POST("/api/survey/target", { body: { AND, page: 2 } });
  assert.deepEqual(first.data, { code: 0, msg: "ok", data: { total: 1 } });
  await client.POST("/api/survey/target", { body: { AND } });
  const [one, two] = await Promise.all(requests.map(async (r) => formFields(await r.text())));
  assert.equal(requests[0]!.headers.get("content-type"), "application/x-www-form-urlencoded");
  assert.deepEqual(JSON.parse(one!.AND!), AND);
  assert.equal(one!.page, "2");
  assert.equal(one!.app_key, KEY);
  assert.match(one!.signature_nonce!, /^[0-9a-f]{32}$/);
  assert.match(one!.timestamp!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.equal(one!.sign, computeSign(SECRET, one!));
  assert.notEqual(one!.signature_nonce, two!.signature_nonce);
});

test("an unknown path, a repeated field or a signing field given is refused before sending", async () => {
  const { requests, fetch } = captured();
  const client = createPrivateClient({ baseUrl: "http://127.0.0.1:9", appKey: KEY, appSecret: SECRET, fetch });
  const request = client.request as (m: string, p: string, i?: object) => Promise<unknown>;
  assert.throws(() => request("post", "/nowhere", { body: {} }), /openapi.yaml has no operation POST \/nowhere/);
  const body = { user_id: "5c033e04f89dd15e44d48b7d", sign: "x" } as never;
  await assert.rejects(client.POST("/api/survey/question_size", { body }), /sign is added by the signer/);
  const headers = { "content-type": "application/x-www-form-urlencoded" };
  const repeated = new Request(URL_, { method: "POST", body: "a=1&a=2", headers });
  await assert.rejects(signRequest(repeated, KEY, SECRET), /a is given more than once/);
  assert.equal(requests.length, 0);
  assert.throws(() => createPrivateClient({ appKey: KEY, appSecret: "" }), /appSecret are required/);
});

const upload: OperationWire = {
  operationId: "image_upload",
  media: [
    { type: "application/x-www-form-urlencoded", jsonFields: [] },
    { type: "multipart/form-data", jsonFields: ["meta"] },
  ],
};

test("multipart: a Blob picks multipart; text parts are signed, the file part is not", async () => {
  assert.equal(encodeBody(upload, { allow_exif: true }).type, "application/x-www-form-urlencoded");
  const { type, body } = encodeBody(upload, { image: new Blob(["PNG..."]), allow_exif: true, meta: { a: 1 } });
  assert.equal(type, "multipart/form-data");
  const signed = await signRequest(new Request(URL_, { method: "POST", body }), KEY, SECRET);
  assert.match(signed.headers.get("content-type")!, /^multipart\/form-data; boundary=/);
  const form = await signed.formData();
  const texts = Object.fromEntries([...form].filter(([, v]) => typeof v === "string")) as Record<string, string>;
  assert.equal(texts.allow_exif, "True");
  assert.equal(texts.meta, '{"a":1}');
  assert.equal(texts.sign, computeSign(SECRET, texts));
  assert.equal(await (form.get("image") as Blob).text(), "PNG...");
  const formOnly = { operationId: "x", media: [upload.media[0]!] };
  assert.throws(() => encodeBody(formOnly, { image: new Blob(["x"]) }), /x: cannot send a file/);
});

test("JSON body: the signing fields join the object; the signature covers each member's text", async () => {
  const wire: OperationWire = { operationId: "import_batch", media: [{ type: "application/json", jsonFields: [] }] };
  const items = [{ data_element_id: "d1", attributes: { age: 18, ok: true } }];
  const { type, body } = encodeBody(wire, { batch_no: 7, data_items: items, biosample_id: null });
  const request = new Request(URL_, { method: "POST", body, headers: { "content-type": type } });
  const sent = JSON.parse(await (await signRequest(request, KEY, SECRET)).text());
  assert.deepEqual(sent.data_items, items);
  assert.equal(sent.biosample_id, null);
  const texts = {
    batch_no: "7",
    data_items: "[{'data_element_id': 'd1', 'attributes': {'age': 18, 'ok': True}}]",
    app_key: KEY,
    signature_nonce: sent.signature_nonce,
    timestamp: sent.timestamp,
  };
  assert.equal(sent.sign, computeSign(SECRET, texts));
});
