/**
 * The Temporal dev server (`temporal server start-dev`): a real Temporal server with the Web UI,
 * persisting to one SQLite file. Settings suited to a service rather than a demo: WAL journal with
 * full fsync (nothing acknowledged is lost on a crash), a busy timeout, and a namespace retention
 * long enough for auditors (closed cases' histories are kept that long).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { TASK_QUEUE } from '../../workflows/contract';
import { CASE_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { msToTs } from '@temporalio/common/lib/time';

export interface DevServerOptions {
  cliPath: string;
  /** SQLite file for persistent state; omitted: in memory (tests). */
  dbFile?: string;
  port: number;
  /** Web UI port; omitted: no UI. */
  uiPort?: number;
  namespace: string;
  retentionDays: number;
  logFile: string;
}

export interface RunningDevServer {
  address: string;
  uiUrl?: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

const SQLITE_PRAGMAS = ['journal_mode=wal', 'synchronous=full', 'busy_timeout=10000'];
const CLI_TYPES = { KEYWORD: 'Keyword', DATETIME: 'Datetime' } as const;

export async function startTemporalDevServer(options: DevServerOptions): Promise<RunningDevServer> {
  await mkdir(path.dirname(options.logFile), { recursive: true });
  if (options.dbFile) await mkdir(path.dirname(options.dbFile), { recursive: true });
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--namespace',
    options.namespace,
    '--log-level',
    'warn',
    ...(options.dbFile ? ['--db-filename', options.dbFile] : []),
    ...(options.uiPort ? ['--ui-port', String(options.uiPort)] : ['--headless']),
    ...SQLITE_PRAGMAS.flatMap((pragma) => ['--sqlite-pragma', pragma]),
    // Registered before any service caches the namespace, so the first case can set them.
    ...CASE_SEARCH_ATTRIBUTES.flatMap(({ name, type }) => [
      '--search-attribute',
      `${name}=${CLI_TYPES[type]}`,
    ]),
  ];
  const log = createWriteStream(options.logFile, { flags: 'a' });
  await once(log, 'open');
  const child = spawn(options.cliPath, args, { stdio: ['ignore', log, log] });
  const exited = once(child, 'exit');
  const address = `127.0.0.1:${options.port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
  };

  try {
    await Promise.race([
      configureWhenReady(address, options),
      exited.then(([code]) => {
        throw new Error(
          `the Temporal dev server exited with code ${code} while starting; see ${options.logFile}`,
        );
      }),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    address,
    uiUrl: options.uiPort ? `http://127.0.0.1:${options.uiPort}` : undefined,
    process: child,
    stop,
  };
}

async function configureWhenReady(address: string, options: DevServerOptions): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1_000 });
      try {
        await connection.workflowService.updateNamespace({
          namespace: options.namespace,
          config: { workflowExecutionRetentionTtl: msToTs(`${options.retentionDays} days`) },
        });
        return;
      } finally {
        await connection.close();
      }
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`the Temporal dev server at ${address} did not come up: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Until a worker polls the case workflows' task queue, cases would be filed but not run. */
export async function waitForWorker(address: string, namespace: string, timeoutMs: number): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { pollers } = await connection.workflowService.describeTaskQueue({
        namespace,
        taskQueue: { name: TASK_QUEUE },
        taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
      });
      if (pollers && pollers.length > 0) return;
      if (Date.now() > deadline)
        throw new Error(`no worker polled ${TASK_QUEUE} within ${timeoutMs / 1000}s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await connection.close();
  }
}
