import { ServiceError } from '@temporalio/client';
import { isDatabaseUnavailable } from '../db/client';

/**
 * Whether an error means Temporal or PostgreSQL could not be reached (503), not a bug (500). Looks
 * through wrappers (drizzle's query error keeps the driver's error as its cause).
 */
export function isServiceUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || error == null) return false;
  if (error instanceof ServiceError || isDatabaseUnavailable(error)) return true;
  return isServiceUnavailable((error as { cause?: unknown }).cause, depth + 1);
}
