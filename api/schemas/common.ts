import { z } from 'zod';
import { codesOf, describeCodes } from '../../domain/enums';

/**
 * The `Idempotency-Key` header of a write that applies once however often it is sent; `description` says
 * what a repeat answers. A fresh schema per route: a shared instance would become an OpenAPI $ref.
 */
export function idempotencyHeaders(description: string) {
  return z.object({
    'idempotency-key': z
      .string()
      .regex(/^[\w.:-]{8,200}$/, 'must be 8–200 letters, digits or . _ : -')
      .meta({ description }),
  });
}

/**
 * The `regionName` beside a `regionCode` in a view: computed from domain/region-names.ts, never stored.
 * A fresh schema per field, so that the document shows it inline rather than as a $ref.
 */
export function regionNameField(of = 'regionCode') {
  return z
    .string()
    .nullable()
    .meta({
      description: `GB/T 2260 name of ${of} (docs/api.md#region-names); null for a code the pinned table does not name`,
    });
}

/** A coded field whose description lists each code with its Chinese label. A fresh schema per field. */
export function enumOf(labels: Record<string, string>) {
  return z.enum(codesOf(labels)).meta({ description: describeCodes(labels) });
}

/** An RFC 3339 instant, as the views write them. */
export function dateTime() {
  return z.string().meta({ format: 'date-time' });
}
