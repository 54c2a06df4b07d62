import path from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { DatabaseHandle } from './client';

/** Arbitrary constant: the advisory lock that serialises migrations between the API and the worker. */
const MIGRATION_LOCK_KEY = 7_233_001;

export const MIGRATIONS_FOLDER = path.join(__dirname, 'migrations');

/** Applies the committed drizzle-kit migrations; safe when several processes start at once. */
export async function applyMigrations({ pool, db }: DatabaseHandle): Promise<void> {
  const lock = await pool.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    lock.release();
  }
}
