/**
 * `npm test`: starts the real servers the suite runs against — a Temporal dev server (in memory) and
 * an embedded PostgreSQL (throwaway data dir) — unless TEMPORAL_ADDRESS / DATABASE_URL name running
 * ones, then runs Jest with any arguments given, and stops the servers. Never skips: if a server
 * cannot start, the run fails and says why.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { freePort } from './lib/processes';
import { startTemporalDevServer } from './lib/temporal-dev-server';
import { temporalCliPath } from './lib/tools';

async function main(): Promise<number> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'capacity-exit-test-'));
  await chmod(scratch, 0o755); // PostgreSQL runs as the `postgres` user when we are root
  const cleanups: Array<() => Promise<void>> = [() => rm(scratch, { recursive: true, force: true })];
  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres({
        dataDir: path.join(scratch, 'postgres'),
        port: await freePort(),
        database: 'capacity_exit_test',
        persistent: false,
      });
      cleanups.push(() => postgres.stop());
      databaseUrl = postgres.url;
    }
    let temporalAddress = process.env.TEMPORAL_ADDRESS;
    if (!temporalAddress) {
      const temporal = await startTemporalDevServer({
        cliPath: temporalCliPath(),
        port: await freePort(),
        namespace: 'default',
        retentionDays: 1,
        logFile: path.join(scratch, 'temporal.log'),
      });
      cleanups.push(() => temporal.stop());
      temporalAddress = temporal.address;
    }
    process.stdout.write(
      `[test] PostgreSQL ${databaseUrl.replace(/:[^:@/]*@/, ':***@')}, Temporal ${temporalAddress}\n`,
    );

    const jest = spawn(process.execPath, [require.resolve('jest/bin/jest'), ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, TEST_DATABASE_URL: databaseUrl, TEST_TEMPORAL_ADDRESS: temporalAddress },
    });
    const interrupt = (signal: NodeJS.Signals) => jest.kill(signal);
    process.on('SIGINT', interrupt);
    process.on('SIGTERM', interrupt);
    const [code] = (await once(jest, 'exit')) as [number | null];
    return code ?? 1;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `[test] could not start the test servers: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
