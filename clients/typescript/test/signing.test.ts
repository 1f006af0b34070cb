/** The signer against the spec's x-signing vectors and the reference SDK's vectors. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, test } from "node:test";
import { parse } from "yaml";
import { computeSign, stringToSign } from "../src/signing.js";
import { jsonMemberText, textForm } from "../src/wire.js";

interface SpecVector {
  title: string;
  app_secret: string;
  fields: Record<string, string | null>;
  json_body?: Record<string, unknown>;
  string_to_sign: string;
  sign: string;
}
interface ReferenceVector {
  app_secret: string;
  params: Record<string, unknown>;
  string_to_sign: string;
  sign: string;
}

const SPEC = new URL("../../../../openapi.yaml", import.meta.url);
const specVectors: SpecVector[] = parse(readFileSync(SPEC, "utf8"))["x-signing"].vectors;
const referenceVectors: ReferenceVector[] = JSON.parse(
  readFileSync(new URL("../../test/reference-vectors.json", import.meta.url), "utf8"),
).vectors;
let passed = 0;

function check(secret: string, fields: Record<string, string | undefined | null>, sts: string, sign: string): void {
  assert.equal(stringToSign(fields), sts);
  assert.equal(computeSign(secret, fields), sign);
  passed += 1;
}

test("openapi.yaml has signing vectors", () => assert.ok(specVectors.length >= 3));

for (const [i, v] of specVectors.entries()) {
  test(`spec vector ${i}: ${v.title}`, () => {
    if (v.json_body !== undefined) {
      // The JSON-body rule: each member's text is what the vector signs.
      const texts = Object.fromEntries(Object.entries(v.json_body).map(([k, x]) => [k, jsonMemberText(x) ?? null]));
      assert.deepEqual(texts, v.fields);
    }
    check(v.app_secret, v.fields, v.string_to_sign, v.sign);
  });
}

for (const [i, v] of referenceVectors.entries()) {
  test(`reference vector ${i}`, () => {
    const fields = Object.fromEntries(Object.entries(v.params).map(([k, x]) => [k, textForm(k, x)]));
    check(v.app_secret, fields, v.string_to_sign, v.sign);
  });
}

test("a wrong secret does not reproduce a sign", () => {
  const v = specVectors[0]!;
  assert.notEqual(computeSign(`${v.app_secret}x`, v.fields), v.sign);
});

after(() => console.log(`signing vectors ${passed}/${specVectors.length + referenceVectors.length}`));
