/**
 * The API's OpenAPI document (`/docs/json`) read as a list of operations, and its JSON schemas used
 * both ways: to build a plausible request body, and to break one in a way the schema must refuse
 * (a wrong type, a missing required field, an unknown field where none is allowed, a string longer
 * than its maximum, a number out of range, a value outside its enum).
 */

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  example?: unknown;
  default?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  /** The path template, e.g. /v1/cases/{id}/urgings. */
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
  secured: boolean;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
        security?: unknown[];
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** Inlines every `$ref` (the document's schemas are not recursive). */
function inline(doc: OpenApiDocument, schema: JsonSchema, depth = 0): JsonSchema {
  if (depth > 30) return schema;
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`the OpenAPI document has no schema ${name}`);
    return inline(doc, target, depth + 1);
  }
  const out: JsonSchema = { ...schema };
  if (schema.properties)
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [key, inline(doc, value, depth + 1)]),
    );
  if (schema.items) out.items = inline(doc, schema.items, depth + 1);
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const)
    if (schema[key]) out[key] = schema[key].map((s) => inline(doc, s, depth + 1));
  return out;
}

export function operationsOf(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(methods)) {
      const schema = op.requestBody?.content?.['application/json']?.schema;
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: (op.parameters ?? []).map((p) => ({
          name: p.name,
          in: p.in as Parameter['in'],
          required: !!p.required,
          schema: inline(doc, p.schema ?? {}),
        })),
        body: schema ? inline(doc, schema) : undefined,
        secured: (op.security?.length ?? 0) > 0,
      });
    }
  return operations;
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const typesOf = (schema: JsonSchema): string[] =>
  schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];

/** A plausible value for `schema`: its example, an enum value, or the simplest thing its constraints allow. */
export function sampleOf(schema: JsonSchema, pick: (n: number) => number): Json {
  if (schema.example !== undefined) return schema.example as Json;
  if (schema.const !== undefined) return schema.const as Json;
  if (schema.enum) return schema.enum[pick(schema.enum.length)] as Json;
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches) return sampleOf(branches[pick(branches.length)]!, pick);
  if (schema.allOf) return sampleOf(schema.allOf[0]!, pick);
  switch (typesOf(schema).find((t) => t !== 'null')) {
    case 'object': {
      const out: Record<string, Json> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {}))
        if (schema.required?.includes(key) || pick(2) === 0) out[key] = sampleOf(property, pick);
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items ?? {}, pick));
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, (schema.exclusiveMinimum ?? 0) + 1);
    case 'boolean':
      return pick(2) === 0;
    case 'string':
      if (schema.format === 'date') return '2026-01-05';
      if (schema.format === 'date-time') return '2026-01-05T00:00:00+08:00';
      return '演练'.padEnd(Math.max(schema.minLength ?? 1, 2), '样');
    default:
      return null;
  }
}

/** A place in a body: where it is, the schema that governs it, and the value there. */
export interface Site {
  path: (string | number)[];
  schema: JsonSchema;
  value: Json;
}

/** Every place in `value` that `schema` describes (oneOf/anyOf: the branch the value was made from is unknown, so none below it). */
export function sitesOf(schema: JsonSchema, value: Json, path: (string | number)[] = []): Site[] {
  const sites: Site[] = [{ path, schema, value }];
  if (value && typeof value === 'object' && !Array.isArray(value) && schema.properties)
    for (const [key, child] of Object.entries(value))
      if (schema.properties[key]) sites.push(...sitesOf(schema.properties[key], child, [...path, key]));
  if (Array.isArray(value) && schema.items)
    value.forEach((child, index) => sites.push(...sitesOf(schema.items!, child, [...path, index])));
  return sites;
}

/** A JSON value of a type the schema does not allow at all, or undefined when it allows every type. */
export function wrongTypeFor(schema: JsonSchema, pick: (n: number) => number, nest: Json): Json | undefined {
  const allowed = new Set(
    [schema, ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].flatMap((s) =>
      typesOf(s).flatMap((t) => (t === 'integer' ? ['integer', 'number'] : [t])),
    ),
  );
  if (allowed.size === 0) return undefined;
  const candidates: [string, Json][] = [
    ['string', 'not-the-right-type'],
    ['number', 12345.678],
    ['boolean', true],
    ['null', null],
    ['array', [nest]],
    ['object', { nested: nest }],
  ];
  const wrong = candidates.filter(([type]) => !allowed.has(type));
  return wrong.length > 0 ? wrong[pick(wrong.length)]![1] : undefined;
}

export function setAt(root: Json, path: (string | number)[], value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return root;
}
