/** Opaque page cursors: where the previous page ended, as base64url JSON, checked on the way back in. */
import type { z } from 'zod';
import { ProblemError } from './problem';

export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor<T>(schema: z.ZodType<T>, cursor: string): T {
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new ProblemError('validation', 400, 'the cursor is not one this API gave out', [
      { pointer: '/cursor', detail: 'not a valid cursor' },
    ]);
  }
}
