import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import * as schema from './schema';

/** Drizzle over the pool; `$client` is the pool itself, for the worker's prepared statements (db/case-steps.ts). */
export type Database = NodePgDatabase<typeof schema> & { $client: Pool };

export interface DatabaseHandle {
  pool: Pool;
  db: Database;
  close(): Promise<void>;
}

export function connectDatabase(
  url: string,
  options: { max?: number; applicationName?: string } = {},
): DatabaseHandle {
  const pool = new Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'capacity-exit',
    connectionTimeoutMillis: 5_000,
  });
  // A client losing its connection (server restart) must not crash the process: idle clients report it
  // on the pool, clients checked out for a query on themselves (the query itself fails and is retried).
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return { pool, db: drizzle(pool, { schema }), close: () => pool.end() };
}

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
  // insufficient resources: too many connections (a server's max_connections reached), out of memory
  '53000',
  '53200',
  '53300',
]);

/**
 * Whether a driver error means PostgreSQL could not be reached, is restarting or has no room for the
 * connection (not a bad query): the request may succeed later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && PG_CONNECTION_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /timeout exceeded when trying to connect|Connection terminated|the database system is (shutting down|starting up)/i.test(
    message,
  );
}
