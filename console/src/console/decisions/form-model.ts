/**
 * A decision's form, read from its request body's JSON Schema: which field is a choice, a number, a
 * date, a line or a paragraph of text, a group or a list, and the body a filled form sends. Pure (no
 * React, no antd), so the tests read it as the form does.
 */
import type { JsonSchema } from './request-schemas.mjs';

interface Common {
  name: string;
  required: boolean;
}

export type Field =
  | (Common & { kind: 'choice'; options: string[] })
  | (Common & { kind: 'yes-no' })
  | (Common & { kind: 'number'; integer: boolean; min?: number; max?: number })
  | (Common & { kind: 'date' | 'date-time' })
  | (Common & { kind: 'text'; long: boolean; maxLength?: number; minLength?: number; patterns: string[] })
  | (Common & { kind: 'group'; shape: Shape })
  | (Common & { kind: 'list'; item: Field; minItems?: number; maxItems?: number });

/**
 * An object's fields. A discriminated union (`oneOf` of objects that each fix one property to a value
 * of their own) is a choice of `variant` first, then that variant's fields. `anyOf` alternatives on an
 * object (e.g. "not granted, or months given") are `alternatives`: one must hold.
 */
export interface Shape {
  fields: Field[];
  variant?: { name: string; options: { value: string; fields: Field[] }[] };
  alternatives: JsonSchema[];
}

/** Texts longer than this get a paragraph (textarea) rather than a line. */
const LONG_TEXT = 500;

const typeOf = (schema: JsonSchema) => (Array.isArray(schema.type) ? schema.type[0] : schema.type);

/** The value a property is fixed to in one variant (`const`, or an `enum` of one). */
function fixedValue(schema: JsonSchema | undefined): string | undefined {
  if (!schema) return undefined;
  if (typeof schema.const === 'string') return schema.const;
  if (schema.enum?.length === 1 && typeof schema.enum[0] === 'string') return schema.enum[0];
  return undefined;
}

/** The property every alternative fixes to a different value: the union's discriminator. */
function discriminatorOf(variants: JsonSchema[]): string | undefined {
  const first = variants[0]?.properties ?? {};
  return Object.keys(first).find((name) => {
    const values = variants.map((variant) => fixedValue(variant.properties?.[name]));
    return values.every((value) => value !== undefined) && new Set(values).size === values.length;
  });
}

/** Choices first, then numbers and dates, lines, groups, paragraphs and lists: how a form reads best. */
function weight(field: Field): number {
  switch (field.kind) {
    case 'choice':
    case 'yes-no':
      return 0;
    case 'number':
    case 'date':
    case 'date-time':
      return 1;
    case 'text':
      return field.long ? 4 : 2;
    case 'group':
      return 3;
    case 'list':
      return 5;
  }
}

function fieldsOf(schema: JsonSchema, skip?: string): Field[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => name !== skip)
    .map(([name, property]) => fieldOf(name, property, required.has(name)))
    .filter((field): field is Field => field !== null)
    .map((field, index) => ({ field, index }))
    .sort((a, b) => weight(a.field) - weight(b.field) || a.index - b.index)
    .map(({ field }) => field);
}

/** The form of an object schema (a request body, or a group within it). */
export function shapeOf(schema: JsonSchema): Shape {
  const variants = schema.oneOf ?? [];
  const name = variants.length > 1 ? discriminatorOf(variants) : undefined;
  if (name) {
    // What a variant asks of its own comes before what every variant asks (the reason, the evidence).
    const shared = (field: Field) =>
      variants.every((variant) => variant.properties !== undefined && field.name in variant.properties);
    return {
      fields: [],
      variant: {
        name,
        options: variants.map((variant) => {
          const fields = fieldsOf(variant, name);
          return {
            value: fixedValue(variant.properties?.[name])!,
            fields: [...fields.filter((field) => !shared(field)), ...fields.filter(shared)],
          };
        }),
      },
      alternatives: [],
    };
  }
  return { fields: fieldsOf(schema), alternatives: schema.anyOf ?? [] };
}

/** One property's field, or null for what a form cannot ask (left to the server). */
export function fieldOf(name: string, schema: JsonSchema, required: boolean): Field | null {
  const patterns = [schema, ...(schema.allOf ?? [])]
    .map((part) => part.pattern)
    .filter((pattern): pattern is string => typeof pattern === 'string');
  if (Array.isArray(schema.enum) && schema.enum.every((value) => typeof value === 'string'))
    return { kind: 'choice', name, required, options: schema.enum as string[] };
  switch (typeOf(schema)) {
    case 'boolean':
      return { kind: 'yes-no', name, required };
    case 'integer':
    case 'number':
      return {
        kind: 'number',
        name,
        required,
        integer: typeOf(schema) === 'integer',
        min: schema.minimum,
        max: schema.maximum,
      };
    case 'string':
      if (schema.format === 'date' || schema.format === 'date-time')
        return { kind: schema.format, name, required };
      return {
        kind: 'text',
        name,
        required,
        long: (schema.maxLength ?? Infinity) > LONG_TEXT,
        maxLength: schema.maxLength,
        minLength: schema.minLength,
        patterns,
      };
    case 'object':
      return { kind: 'group', name, required, shape: shapeOf(schema) };
    case 'array': {
      const item = schema.items ? fieldOf('item', schema.items, true) : null;
      if (!item) return null;
      return { kind: 'list', name, required, item, minItems: schema.minItems, maxItems: schema.maxItems };
    }
    default:
      return null;
  }
}

/** The fields shown for the values chosen so far: a union's fields are those of its chosen variant. */
export function visibleFields(shape: Shape, values: Record<string, unknown> | undefined): Field[] {
  if (!shape.variant) return shape.fields;
  const chosen = values?.[shape.variant.name];
  return shape.variant.options.find((option) => option.value === chosen)?.fields ?? [];
}

/** Whether `value` satisfies the parts of an `anyOf` alternative a form can check: fixed values and required fields. */
export function satisfies(alternative: JsonSchema, value: Record<string, unknown>): boolean {
  const present = (name: string) => value[name] !== undefined && value[name] !== null && value[name] !== '';
  if (!(alternative.required ?? []).every(present)) return false;
  return Object.entries(alternative.properties ?? {}).every(([name, property]) => {
    if ('const' in property) return value[name] === property.const;
    if (property.enum) return property.enum.includes(value[name]);
    return true;
  });
}

/** The fields an alternative requires: where a form shows that none of the alternatives holds. */
export function requiredByAlternatives(shape: Shape): Set<string> {
  return new Set(shape.alternatives.flatMap((alternative) => alternative.required ?? []));
}

/** Converts a date picker's value to the text the API takes, and back; a form supplies both. */
export interface DateCodec {
  toText(value: unknown, kind: 'date' | 'date-time'): string | undefined;
  fromText(text: string, kind: 'date' | 'date-time'): unknown;
}

function emptyValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * The request body of a filled form: the chosen variant's fields only, empty optional fields left out
 * (the server's defaults apply), dates as text. What the form holds beyond the schema is never sent.
 */
export function bodyOf(
  shape: Shape,
  values: Record<string, unknown>,
  dates: DateCodec,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (shape.variant && values[shape.variant.name] !== undefined)
    body[shape.variant.name] = values[shape.variant.name];
  for (const field of visibleFields(shape, values)) {
    const value = valueOf(field, values[field.name], dates);
    if (value !== undefined) body[field.name] = value;
  }
  return body;
}

function valueOf(field: Field, value: unknown, dates: DateCodec): unknown {
  if (emptyValue(value)) return undefined;
  switch (field.kind) {
    case 'date':
    case 'date-time':
      return dates.toText(value, field.kind);
    case 'group':
      return typeof value === 'object'
        ? bodyOf(field.shape, value as Record<string, unknown>, dates)
        : undefined;
    case 'list':
      return Array.isArray(value)
        ? value
            .map((item) => valueOf(field.item, item, dates))
            .filter(
              (item) => item !== undefined && !(typeof item === 'object' && Object.keys(item!).length === 0),
            )
        : undefined;
    default:
      return value;
  }
}

/** A saved draft's values back in the form's own terms (dates as the picker's values). */
export function formValuesOf(
  shape: Shape,
  saved: Record<string, unknown>,
  dates: DateCodec,
): Record<string, unknown> {
  const values: Record<string, unknown> = { ...saved };
  const fields = shape.variant ? shape.variant.options.flatMap((option) => option.fields) : shape.fields;
  for (const field of fields) {
    const value = saved[field.name];
    if (value !== undefined) values[field.name] = formValueOf(field, value, dates);
  }
  return values;
}

function formValueOf(field: Field, value: unknown, dates: DateCodec): unknown {
  switch (field.kind) {
    case 'date':
    case 'date-time':
      return typeof value === 'string' ? dates.fromText(value, field.kind) : undefined;
    case 'group':
      return typeof value === 'object' && value !== null
        ? formValuesOf(field.shape, value as Record<string, unknown>, dates)
        : undefined;
    case 'list':
      return Array.isArray(value) ? value.map((item) => formValueOf(field.item, item, dates)) : undefined;
    default:
      return value;
  }
}

/** The form's values as JSON a draft can keep (dates as text), whatever the form holds. */
export function draftOf(
  shape: Shape,
  values: Record<string, unknown>,
  dates: DateCodec,
): Record<string, unknown> {
  const draft: Record<string, unknown> = { ...values };
  const fields = shape.variant ? shape.variant.options.flatMap((option) => option.fields) : shape.fields;
  for (const field of fields) {
    if (values[field.name] !== undefined) draft[field.name] = draftValueOf(field, values[field.name], dates);
  }
  return draft;
}

function draftValueOf(field: Field, value: unknown, dates: DateCodec): unknown {
  if (value === undefined || value === null) return value;
  switch (field.kind) {
    case 'date':
    case 'date-time':
      return dates.toText(value, field.kind);
    case 'group':
      return typeof value === 'object'
        ? draftOf(field.shape, value as Record<string, unknown>, dates)
        : value;
    case 'list':
      return Array.isArray(value) ? value.map((item) => draftValueOf(field.item, item, dates)) : value;
    default:
      return value;
  }
}

/** The list items a form starts with: as many empty ones as the schema requires at least. */
export function initialItems(field: Extract<Field, { kind: 'list' }>): unknown[] {
  return Array.from({ length: field.minItems ?? 0 }, () => (field.item.kind === 'group' ? {} : undefined));
}
