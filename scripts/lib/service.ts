/**
 * The service as it is deployed — the worker and the API, each its own process — on given PostgreSQL
 * and Temporal servers, for the browser tests and the screenshot command. Resolves once the API is
 * ready and the worker polls its task queue.
 */
import type { ChildProcess } from 'node:child_process';
import { loadConfig } from '../../config';
import { freePort, spawnEntryPoint, stopProcess, waitForHttp } from './processes';
import { waitForWorker } from './temporal-dev-server';

export interface RunningService {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startService(
  { databaseUrl, temporalAddress }: { databaseUrl: string; temporalAddress: string },
  extraEnv: NodeJS.ProcessEnv = {},
  { workerEnv = {}, apiEnv = {} }: { workerEnv?: NodeJS.ProcessEnv; apiEnv?: NodeJS.ProcessEnv } = {},
): Promise<RunningService> {
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  const children: ChildProcess[] = [
    spawnEntryPoint('worker.ts', { ...env, ...workerEnv }),
    spawnEntryPoint('server.ts', { ...env, ...apiEnv }),
  ];
  const stop = async () => {
    await Promise.all(children.map((child) => stopProcess(child)));
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${baseUrl}/readyz`, 120_000, () => children.some((child) => child.exitCode !== null));
    await waitForWorker(temporalAddress, loadConfig({}).TEMPORAL_NAMESPACE, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
