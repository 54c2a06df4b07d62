/**
 * `npm test`: starts the real servers the suite runs against — a Temporal dev server (in memory) and
 * an embedded PostgreSQL (throwaway data dir) — unless TEMPORAL_ADDRESS / DATABASE_URL name running
 * ones, then runs Jest with any arguments given, and stops the servers. Never skips: if a server
 * cannot start, the run fails and says why.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { redactPassword } from './lib/embedded-postgres';
import { startScratchServers } from './lib/scratch-servers';

async function main(): Promise<number> {
  const servers = await startScratchServers({
    name: 'test',
    databaseUrl: process.env.DATABASE_URL,
    temporalAddress: process.env.TEMPORAL_ADDRESS,
  });
  try {
    const { databaseUrl, temporalAddress } = servers;
    process.stdout.write(`[test] PostgreSQL ${redactPassword(databaseUrl)}, Temporal ${temporalAddress}\n`);

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
    await servers.stop();
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
