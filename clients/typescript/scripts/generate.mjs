// @ts-check
/**
 * Generates src/generated/ from the repository's openapi.yaml: schema.ts (openapi-typescript's
 * types) and operations.ts (each operation's media types and JSON-text form fields, the wire
 * facts that types cannot carry). With --check, generates into a temporary folder and fails if
 * the committed files differ.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { parse } from "yaml";

const SPEC = new URL("../../../openapi.yaml", import.meta.url);
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const HEADER = "// Generated from openapi.yaml by clients/typescript/scripts/generate.mjs; do not edit.\n";

/** @param {string} out */
async function generate(out) {
  mkdirSync(out, { recursive: true });
  const ast = await openapiTS(SPEC, {
    // A file part is sent as a Blob (or File), not as text.
    transform: (schema) =>
      schema.format === "binary" ? ts.factory.createTypeReferenceNode("Blob") : undefined,
  });
  writeFileSync(join(out, "schema.ts"), HEADER + astToString(ast));

  const spec = parse(readFileSync(SPEC, "utf8"));
  /** @type {Record<string, Record<string, unknown>>} */
  const table = {};
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS.filter((m) => item[m])) {
      const content = item[method].requestBody?.content ?? {};
      const media = Object.entries(content).map(([type, mediaType]) => ({
        type,
        jsonFields: Object.entries(mediaType.encoding ?? {})
          .filter(([, enc]) => String(enc.contentType ?? "").split(";")[0].trim() === "application/json")
          .map(([name]) => name)
          .sort(),
      }));
      (table[path] ??= {})[method] = { operationId: item[method].operationId, media };
    }
  }
  writeFileSync(
    join(out, "operations.ts"),
    HEADER +
      'import type { paths } from "./schema.js";\n' +
      'import type { OperationWire } from "../wire.js";\n\n' +
      "/** How each operation's body goes on the wire, by path and method. */\n" +
      `export const operations = ${JSON.stringify(table, null, 2)} as const satisfies {\n` +
      "  readonly [P in keyof paths]: { readonly [method: string]: OperationWire };\n};\n",
  );
}

/** @param {string} dir */
function files(dir) {
  /** @type {Map<string, string>} */
  const found = new Map();
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    try {
      found.set(name, readFileSync(join(dir, name), "utf8"));
    } catch {
      // a folder
    }
  }
  return found;
}

const args = process.argv.slice(2);
const check = args[0] === "--check";
const target = resolve(args[check ? 1 : 0] ?? "src/generated");
if (!check) {
  await generate(target);
  console.log(`generated ${target} from openapi.yaml`);
} else {
  const tmp = mkdtempSync(join(tmpdir(), "bge-ts-check-"));
  try {
    await generate(tmp);
    const [expected, actual] = [files(tmp), files(target)];
    const problems = [...new Set([...expected.keys(), ...actual.keys()])].sort().flatMap((name) => {
      if (!actual.has(name)) return [`missing:   ${name}`];
      if (!expected.has(name)) return [`extra:     ${name}`];
      return expected.get(name) === actual.get(name) ? [] : [`different: ${name}`];
    });
    for (const line of problems) console.log(line);
    if (problems.length) {
      console.log("check-generated-ts: clients/typescript/src/generated differs from openapi.yaml; run `make generate`");
      process.exitCode = 1;
    } else {
      console.log("check-generated-ts: clients/typescript/src/generated is exactly what openapi.yaml produces");
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
