/** The platform's request signature (the `bgeSignature` scheme of openapi.yaml), with node:crypto. */
import { createHmac, randomBytes } from "node:crypto";

export const SIGNING_FIELDS = ["app_key", "signature_nonce", "timestamp", "sign"] as const;
const SALT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** UTF-8 percent-encoding that keeps only `A-Z a-z 0-9 - _ . ~` (a space is %20). */
export function percentEncode(text: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    throw new TypeError("a field name or value is not valid Unicode text (a lone surrogate)");
  }
  // encodeURIComponent also keeps these five, which the platform encodes.
  return encoded.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Code-point order, as the platform sorts names (JS's default compares UTF-16 units). */
function byCodePoint(a: string, b: string): number {
  const [x, y] = [Array.from(a), Array.from(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** The string to sign over `fields` (name → text sent); `sign` and null values are left out. */
export function stringToSign(fields: Readonly<Record<string, string | null | undefined>>): string {
  const pairs = Object.keys(fields)
    .filter((name) => name !== "sign" && fields[name] != null)
    .sort(byCodePoint)
    .map((name) => `${percentEncode(name)}=${percentEncode(fields[name]!)}`);
  return percentEncode(pairs.join("&"));
}

/** Base64 HMAC-SHA1 of the salted string to sign, keyed with the app secret and `&`. */
export function computeSign(appSecret: string, fields: Readonly<Record<string, string | null | undefined>>): string {
  return createHmac("sha1", `${appSecret}&`).update(`${SALT}&${stringToSign(fields)}`, "utf8").digest("base64");
}

/** A fresh nonce: 32 random hex digits, within the platform's 16–64 characters of [0-9A-Za-z_-]. */
export function newNonce(): string {
  return randomBytes(16).toString("hex");
}

/** `date` in UTC as `YYYY-MM-DDTHH:MM:SSZ` (whole seconds). */
export function utcTimestamp(date: Date = new Date()): string {
  if (Number.isNaN(date.getTime())) throw new TypeError("an invalid Date cannot be sent as a timestamp");
  return `${date.toISOString().slice(0, 19)}Z`;
}
