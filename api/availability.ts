import { ServiceError } from '@temporalio/client';

const PG_CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

/** Whether an error means Temporal or PostgreSQL could not be reached (503), not a bug (500). */
export function isServiceUnavailable(error: unknown): boolean {
  if (error instanceof ServiceError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && PG_CONNECTION_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /timeout exceeded when trying to connect|Connection terminated/i.test(message);
}
