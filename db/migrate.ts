import path from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Pool, PoolClient } from 'pg';
import { isDatabaseUnavailable, type DatabaseHandle } from './client';

/** Arbitrary constant: the advisory lock that serialises migrations between the API and the worker. */
const MIGRATION_LOCK_KEY = 7_233_001;

export const MIGRATIONS_FOLDER = path.join(__dirname, 'migrations');

/**
 * Applies the committed drizzle-kit migrations; safe when several processes start at once. Waits up to
 * `waitMs` for PostgreSQL to accept connections, so a process restarted during a database outage
 * comes up when the database does rather than exiting.
 */
export async function applyMigrations({ pool, db }: DatabaseHandle, { waitMs = 60_000 } = {}): Promise<void> {
  const lock = await connectWithin(pool, waitMs);
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    lock.release();
  }
}

async function connectWithin(pool: Pool, waitMs: number): Promise<PoolClient> {
  const giveUpAt = Date.now() + waitMs;
  for (;;) {
    try {
      return await pool.connect();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() >= giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
