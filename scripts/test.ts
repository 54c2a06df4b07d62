/**
 * `npm test`: starts the real servers the suite runs against — a Temporal dev server (in memory) and
 * an embedded PostgreSQL (throwaway data dir) — unless TEMPORAL_ADDRESS / DATABASE_URL name running
 * ones, then runs Jest, then the console's browser tests (Playwright, tests/browser), and stops the
 * servers. Never skips: if a server cannot start, the run fails and says why.
 *
 * Arguments narrow the run: paths under tests/browser/ go to Playwright alone, anything else to Jest
 * alone (`npm test -- tests/api/me.test.ts`, `npm test -- tests/browser/inbox.spec.ts`).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { redactPassword } from './lib/embedded-postgres';
import { startScratchServers } from './lib/scratch-servers';

/** Runs a Node script to its end, passing Ctrl-C on; its exit code. */
async function run(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env });
  const interrupt = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  const [code] = (await once(child, 'exit')) as [number | null];
  process.off('SIGINT', interrupt);
  process.off('SIGTERM', interrupt);
  return code ?? 1;
}

async function main(): Promise<number> {
  const servers = await startScratchServers({
    name: 'test',
    databaseUrl: process.env.DATABASE_URL,
    temporalAddress: process.env.TEMPORAL_ADDRESS,
  });
  try {
    const { databaseUrl, temporalAddress } = servers;
    process.stdout.write(`[test] PostgreSQL ${redactPassword(databaseUrl)}, Temporal ${temporalAddress}\n`);

    const env = { ...process.env, TEST_DATABASE_URL: databaseUrl, TEST_TEMPORAL_ADDRESS: temporalAddress };
    const args = process.argv.slice(2);
    // Paths choose the runner; options (--json, -t …) go to Jest.
    const paths = args.filter((arg) => !arg.startsWith('-'));
    const browserPaths = paths.filter((arg) => arg.startsWith('tests/browser'));
    const runBrowser = paths.length === 0 || browserPaths.length > 0;
    const runJest = paths.length === 0 || browserPaths.length < paths.length;
    let code = 0;
    if (runJest)
      code = await run(
        [require.resolve('jest/bin/jest'), ...args.filter((arg) => !browserPaths.includes(arg))],
        env,
      );
    if (runBrowser) {
      const playwright = [
        require.resolve('@playwright/test/cli'),
        'test',
        '-c',
        'tests/browser/playwright.config.ts',
      ];
      const browserCode = await run(
        [...playwright, ...browserPaths.map((arg) => arg.replace(/^tests\/browser\//, ''))],
        env,
      );
      code = code || browserCode;
    }
    return code;
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
