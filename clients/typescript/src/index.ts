/** The BGE private platform's TypeScript client: generated types and calls, hand-written signing. */
export { createPrivateClient, signRequest, signingMiddleware, type PrivateClientOptions } from "./client.js";
export { operations } from "./generated/operations.js";
export type { components, operations as operationTypes, paths } from "./generated/schema.js";
export { SIGNING_FIELDS, computeSign, newNonce, percentEncode, stringToSign, utcTimestamp } from "./signing.js";
export { encodeBody, jsonMemberText, textForm, type OperationWire } from "./wire.js";
