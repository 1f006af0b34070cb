/** How values go on the wire: the text forms of openapi.yaml's `bgeSignature` scheme, and bodies. */
import { percentEncode, utcTimestamp } from "./signing.js";

export const FORM = "application/x-www-form-urlencoded";
export const MULTIPART = "multipart/form-data";
export const JSON_BODY = "application/json";

/** One operation's request media types, as src/generated/operations.ts lists them. */
export interface OperationWire {
  readonly operationId: string;
  readonly media: readonly { readonly type: string; readonly jsonFields: readonly string[] }[];
}

/** A scalar's text on the wire (`11`, `46.612`, `True`, UTC `...Z`); undefined: not sent. */
export function textForm(name: string, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "bigint") return String(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`${name}: ${value} cannot be sent (not a finite number)`);
    return String(value);
  }
  if (value instanceof Date) return utcTimestamp(value);
  throw new TypeError(
    `${name}: a ${Array.isArray(value) ? "list" : typeof value} can only be sent in a field that ` +
      "openapi.yaml declares JSON-encoded (encoding: contentType: application/json)",
  );
}

/** Python's repr of a float, which the platform signs: exponent below 1e-4 and from 1e16. */
function pythonNumber(value: number): string {
  const json = JSON.stringify(value);
  if (!/[.e]/.test(json)) return json; // an integer, in JSON and in Python
  const scientific = value.toExponential(); // the shortest digits, as Python's repr has them
  const exponent = Number(scientific.split("e")[1]);
  if (exponent >= -4 && exponent < 16) return String(value);
  return scientific.replace(/e([+-])(\d)$/, "e$10$2");
}

const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function pythonString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === quote) out += `\\${char}`;
    else if (ESCAPES[char]) out += ESCAPES[char];
    else if (char !== " " && UNPRINTABLE.test(char)) {
      const [prefix, width] = code < 0x100 ? ["x", 2] : code < 0x10000 ? ["u", 4] : ["U", 8];
      out += `\\${prefix}${code.toString(16).padStart(width, "0")}`;
    } else out += char;
  }
  return out + quote;
}

function pythonLiteral(value: unknown): string {
  if (value === null) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return pythonNumber(value);
  if (typeof value === "string") return pythonString(value);
  if (Array.isArray(value)) return `[${value.map(pythonLiteral).join(", ")}]`;
  if (typeof value === "object") {
    const members = Object.entries(value).map(([k, v]) => `${pythonString(k)}: ${pythonLiteral(v)}`);
    return `{${members.join(", ")}}`;
  }
  throw new TypeError(`a ${typeof value} has no JSON form`);
}

/** The signed text of one member of a JSON body: as Python's str() writes the parsed value. */
export function jsonMemberText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value;
  return pythonLiteral(value);
}

/** The fields as `name=value&...`, each percent-encoded as the signature encodes them. */
export function encodeForm(fields: readonly (readonly [string, string])[]): string {
  return fields.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`).join("&");
}

/** The media type this body goes as: JSON if that is all the operation takes, multipart for files. */
export function chooseMedia(wire: OperationWire, body: Record<string, unknown>): OperationWire["media"][number] {
  const hasFile = Object.values(body).some((value) => value instanceof Blob);
  const wanted = hasFile ? [MULTIPART] : [FORM, MULTIPART, JSON_BODY];
  const media = wanted.map((type) => wire.media.find((m) => m.type === type)).find((m) => m !== undefined);
  if (media === undefined) {
    const offered = wire.media.map((m) => m.type).join(", ") || "no body";
    throw new TypeError(`${wire.operationId}: cannot send ${hasFile ? "a file" : "this body"} (it takes ${offered})`);
  }
  return media;
}

/** The body as it goes on the wire, before the signing fields are added. */
export function encodeBody(
  wire: OperationWire,
  body: Record<string, unknown>,
): { type: string; body: string | FormData } {
  const media = chooseMedia(wire, body);
  if (media.type === JSON_BODY) return { type: media.type, body: JSON.stringify(body) };
  const fields: [string, string | Blob][] = [];
  for (const [name, value] of Object.entries(body)) {
    if (value instanceof Blob) fields.push([name, value]);
    else if (media.jsonFields.includes(name) && value != null) fields.push([name, JSON.stringify(value)]);
    else {
      const text = textForm(name, value);
      if (text !== undefined) fields.push([name, text]);
    }
  }
  if (media.type === FORM) return { type: FORM, body: encodeForm(fields as [string, string][]) };
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return { type: MULTIPART, body: form };
}
