/** Readiness: whether PostgreSQL and Temporal both answer, each within a short time. */
import type { Client } from '@temporalio/client';
import type { Pool } from 'pg';
import type { Readiness } from '../schemas/health';

export interface HealthDeps {
  pool: Pool;
  temporal: Client;
}

const CHECK_TIMEOUT_MS = 2_000;

async function check(probe: () => Promise<unknown>): Promise<'ok' | 'unavailable'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return 'ok';
  } catch {
    return 'unavailable';
  } finally {
    clearTimeout(timer);
  }
}

export async function readiness({ pool, temporal }: HealthDeps): Promise<Readiness> {
  const [postgres, temporalCheck] = await Promise.all([
    check(() => pool.query('select 1')),
    check(() => temporal.connection.workflowService.getSystemInfo({})),
  ]);
  const status = postgres === 'ok' && temporalCheck === 'ok' ? 'ok' : 'unavailable';
  return { status, postgres, temporal: temporalCheck };
}
