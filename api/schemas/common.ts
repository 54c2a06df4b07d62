import { z } from 'zod';

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
