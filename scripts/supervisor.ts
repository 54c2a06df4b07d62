/**
 * The whole service on one machine, run by `npm start` (scripts/start.ts) in a session of its own.
 * Starts what is not given — an embedded PostgreSQL and a Temporal dev server, both keeping their
 * data under DATA_DIR — then the worker and the API as separate processes. SIGTERM or SIGINT, or
 * `npm start` going away (its channel closes), stops everything in order: the API and the worker,
 * then Temporal, then PostgreSQL; the next start finds every case as it was. With DATABASE_URL
 * and/or TEMPORAL_ADDRESS set, it uses those servers and starts none.
 */
import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadConfigOrExit } from '../config';
import { redactPassword, startEmbeddedPostgres } from './lib/embedded-postgres';
import { spawnEntryPoint, stopProcess, waitForHttp } from './lib/processes';
import { startTemporalDevServer, waitForWorker } from './lib/temporal-dev-server';
import { temporalCliPath } from './lib/tools';

const say = (line: string) => process.stdout.write(`[start] ${line}\n`);

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const dataDir = path.resolve(config.DATA_DIR);
  const logDir = path.join(dataDir, 'logs');
  await mkdir(logDir, { recursive: true });

  const cleanups: Array<[name: string, stop: () => Promise<void>]> = [];
  let stopping = false;
  const stopAll = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    for (const [name, stop] of cleanups.reverse())
      await stop().then(
        () => say(`stopped ${name}`),
        (error) => say(`while stopping ${name}: ${String(error)}`),
      );
    say('stopped');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  process.on('disconnect', () => void stopAll(0));
  // A terminal that has gone away fails every write; stopping must not end there.
  process.stdout.on('error', () => undefined);

  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      say(`starting embedded PostgreSQL (data in ${path.join(dataDir, 'postgres')})`);
      const pgLog = createWriteStream(path.join(logDir, 'postgres.log'), { flags: 'a' });
      const postgres = await startEmbeddedPostgres({
        dataDir: path.join(dataDir, 'postgres'),
        port: config.EMBEDDED_POSTGRES_PORT,
        database: 'capacity_exit',
        persistent: true,
        onLog: (line) => pgLog.write(`${line}\n`),
      });
      cleanups.push([
        'PostgreSQL',
        async () => {
          await postgres.stop();
          pgLog.end();
        },
      ]);
      databaseUrl = postgres.url;
    }

    let temporalAddress = process.env.TEMPORAL_ADDRESS;
    let temporalUi: string | undefined;
    if (!temporalAddress) {
      say(`starting the Temporal dev server (state in ${path.join(dataDir, 'temporal', 'temporal.sqlite')})`);
      const temporal = await startTemporalDevServer({
        cliPath: temporalCliPath(),
        dbFile: path.join(dataDir, 'temporal', 'temporal.sqlite'),
        port: config.EMBEDDED_TEMPORAL_PORT,
        uiPort: config.TEMPORAL_UI_PORT,
        namespace: config.TEMPORAL_NAMESPACE,
        retentionDays: config.TEMPORAL_RETENTION_DAYS,
        logFile: path.join(logDir, 'temporal.log'),
      });
      cleanups.push(['the Temporal dev server', () => temporal.stop()]);
      temporalAddress = temporal.address;
      temporalUi = temporal.uiUrl;
    }

    const env = { ...process.env, DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress };
    const children: Array<[string, ChildProcess]> = [
      ['worker', spawnEntryPoint('worker.ts', env)],
      ['api', spawnEntryPoint('server.ts', env)],
    ];
    for (const [name, child] of children) {
      cleanups.push([`the ${name}`, () => stopProcess(child)]);
      child.on('exit', (code, signal) => {
        if (stopping) return;
        say(`the ${name} process exited (${signal ?? `code ${code}`}); stopping everything`);
        void stopAll(1);
      });
    }

    const apiUrl = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`;
    await waitForHttp(`${apiUrl}/readyz`, 120_000, () => stopping);
    await waitForWorker(temporalAddress, config.TEMPORAL_NAMESPACE, 120_000);
    const lines = [
      '',
      '落后产能退出 — backward capacity exit service is running',
      `  Console        ${apiUrl}/console/  (sign in with a token: npm run token)`,
      `  Public pages   ${apiUrl}/public/`,
      `  API            ${apiUrl}/v1`,
      `  OpenAPI docs   ${apiUrl}/docs`,
      `  Health         ${apiUrl}/healthz  ${apiUrl}/readyz`,
      `  Temporal       ${temporalAddress} (namespace ${config.TEMPORAL_NAMESPACE})`,
      ...(temporalUi ? [`  Temporal UI    ${temporalUi}`] : []),
      `  PostgreSQL     ${redactPassword(databaseUrl)}`,
      `  Data           ${dataDir}`,
      'Press Ctrl-C to stop.',
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (error) {
    say(`could not start: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll(1);
  }
}

void main();
