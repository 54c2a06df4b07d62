/**
 * The decisions' request bodies as JSON Schema, taken from the API's own OpenAPI document
 * (openapi.json, the document GET /docs/json serves, committed and checked by a test) when the console
 * is built: vite.config.mts serves them as the module `virtual:decision-request-schemas`. Only these
 * seven bodies reach the browser, in the decisions chunk — a few kilobytes — rather than the whole
 * document (about 390 KB) fetched at run time or bundled. Pure: read by the build and by the tests.
 */

/** The part of JSON Schema (2020-12, as the OpenAPI 3.1 document writes it) the forms read. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  $ref?: string;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { tags?: string[]; requestBody?: { content?: Record<string, { schema?: unknown }> } }>
  >;
  components?: { schemas?: Record<string, unknown> };
}

/** Words for people: the forms take their labels from the console's messages, never from these. */
const DROPPED = new Set(['description', 'example', 'examples', 'title']);

/** A schema with its `$ref`s to components inlined (a recursive one is left as it is) and its prose dropped. */
function inlined(schema: unknown, document: OpenApiDocument, seen: readonly string[] = []): unknown {
  if (Array.isArray(schema)) return schema.map((item) => inlined(item, document, seen));
  if (typeof schema !== 'object' || schema === null) return schema;
  const ref = (schema as { $ref?: unknown }).$ref;
  if (typeof ref === 'string' && ref.startsWith('#/components/schemas/') && !seen.includes(ref)) {
    const target = document.components?.schemas?.[ref.slice('#/components/schemas/'.length)];
    if (target !== undefined) return inlined(target, document, [...seen, ref]);
  }
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => !DROPPED.has(key))
      .map(([key, value]) => [key, inlined(value, document, seen)]),
  );
}

/**
 * Every decision's request body, by the last segment of its path (`extension-requests`, …): the POST
 * operations tagged `decisions` on one case (`/v1/cases/{id}/<path>`, not the batch urging), as
 * GET /v1/cases/{id}/decisions names them in `path`.
 */
const ONE_CASE_DECISION = /^\/v1\/cases\/\{id\}\/([a-z-]+)$/;

export function decisionRequestSchemas(document: OpenApiDocument): Record<string, JsonSchema> {
  const schemas: Record<string, JsonSchema> = {};
  for (const [route, operations] of Object.entries(document.paths)) {
    const post = operations.post;
    const path = ONE_CASE_DECISION.exec(route)?.[1];
    if (!path || !post?.tags?.includes('decisions')) continue;
    const body = post.requestBody?.content?.['application/json']?.schema;
    if (body === undefined) continue;
    schemas[path] = inlined(body, document) as JsonSchema;
  }
  return schemas;
}
