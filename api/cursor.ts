/**
 * Page cursors: where the previous page ended, as `~`-separated fields (an instant, an id, a version).
 * Each cursor's query parameter carries its grammar as a `pattern`, and every string the pattern
 * matches is a position the query can start after: the OpenAPI document states exactly which cursors
 * are accepted, and a client passes back `nextCursor` without reading it.
 */
import { z } from 'zod';

interface Field<T> {
  /** A regular expression without capturing groups and without `~`. */
  pattern: string;
  encode(value: T): string;
  decode(text: string): T;
}

/** An instant at millisecond precision (an ISO-8601 string in and out), as epoch milliseconds, 1653–2286. */
export const instantField: Field<string> = {
  pattern: '-?[0-9]{1,13}',
  encode: (iso) => String(Date.parse(iso)),
  decode: (text) => new Date(Number(text)).toISOString(),
};

/** An instant at PostgreSQL's microsecond precision, as epoch microseconds (a decimal string in and out). */
export const microsecondsField: Field<string> = {
  pattern: '-?[0-9]{1,16}',
  encode: (micros) => micros,
  decode: (text) => text,
};

/** A positive integer below 10⁹ (PostgreSQL's integer holds it). */
export const versionField: Field<number> = {
  pattern: '[1-9][0-9]{0,8}',
  encode: String,
  decode: Number,
};

/** An identifier of the given form (an anchored pattern without capturing groups). */
export function idField(pattern: RegExp): Field<string> {
  return { pattern: pattern.source.replace(/^\^/, '').replace(/\$$/, ''), encode: String, decode: String };
}

/** The field, or `_` for null. */
export function nullable<T>(field: Field<T>): Field<T | null> {
  return {
    pattern: `(?:_|${field.pattern})`,
    encode: (value) => (value === null ? '_' : field.encode(value)),
    decode: (text) => (text === '_' ? null : field.decode(text)),
  };
}

export interface Cursor<T> {
  pattern: RegExp;
  /** The `cursor` query parameter's schema; a fresh instance per route (a shared one becomes a $ref). */
  query(): z.ZodString;
  encode(position: T): string;
  decode(text: string): T;
}

export function cursorOf<T extends Record<string, unknown>>(fields: {
  [K in keyof T]: Field<T[K]>;
}): Cursor<T> {
  const keys = Object.keys(fields) as Array<keyof T>;
  const pattern = new RegExp(`^${keys.map((key) => `(?:${fields[key].pattern})`).join('~')}$`);
  return {
    pattern,
    query: () =>
      z
        .string()
        .regex(pattern, 'is not a cursor this API gives out')
        .meta({ description: 'the `nextCursor` of the previous page' }),
    encode: (position) => keys.map((key) => fields[key].encode(position[key])).join('~'),
    decode: (text) => {
      const parts = text.split('~');
      return Object.fromEntries(keys.map((key, i) => [key, fields[key].decode(parts[i]!)])) as T;
    },
  };
}
