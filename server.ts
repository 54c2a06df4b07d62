/**
 * The API process. Deployed on its own; `npm start` runs it beside the worker. With EAGER_CASE_START it
 * runs a case worker of its own too, over its client's connection, and starts cases eagerly.
 * Stops cleanly on SIGINT/SIGTERM: stops accepting, finishes in-flight requests and workflow tasks, closes
 * connections.
 */
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, bundleWorkflowCode, type Worker } from '@temporalio/worker';
import type { Logger } from 'pino';
import { buildApp } from './api/app';
import { createApiMetrics, serveMetrics } from './api/metrics';
import { createTokenVerifier } from './api/auth';
import { identityProviderOf, loadConfigOrExit } from './config';
import { createLogger } from './config/logger';
import { connectDatabase, type Database } from './db/client';
import { applyMigrations } from './db/migrate';
import { WORKFLOWS_PATH, WORKFLOW_BUNDLER_OPTIONS } from './config/workflow-bundle';
import { TASK_QUEUE } from './workflows/contract';
import { createCaseWorker } from './workers/case-worker';
import { installSdkRuntime } from './workers/runtime';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config, 'api');
  const database = connectDatabase(config.DATABASE_URL, {
    max: config.DATABASE_POOL_SIZE,
    applicationName: 'capacity-exit-api',
  });
  await applyMigrations(database);
  const eager = config.EAGER_CASE_START;
  if (eager) installSdkRuntime(logger);
  const connection = eager
    ? await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS })
    : await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const caseWorker =
    connection instanceof NativeConnection
      ? await runCaseWorker(connection, {
          namespace: config.TEMPORAL_NAMESPACE,
          db: database.db,
          logger,
          maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
        })
      : null;
  const metrics = createApiMetrics({ pool: database.pool });

  const app = await buildApp({
    db: database.db,
    pool: database.pool,
    temporal,
    logger,
    verifier: createTokenVerifier(config),
    identityProvider: identityProviderOf(config),
    publicRateLimit: { max: config.PUBLIC_RATE_LIMIT_PER_MINUTE, timeWindowMs: 60_000 },
    temporalUiUrl: config.TEMPORAL_UI_URL,
    trustProxy: config.TRUST_PROXY,
    metrics,
    eagerCaseStart: caseWorker !== null,
  });
  await app.listen({ host: config.HOST, port: config.PORT });
  const metricsServer = config.METRICS_ADDRESS
    ? await serveMetrics(metrics.registry, config.METRICS_ADDRESS)
    : undefined;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    await app.close();
    await caseWorker?.stop();
    metricsServer?.close();
    await connection.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/**
 * The API's own case worker, on the case task queue, for the first workflow task of the cases it starts
 * eagerly; a failed worker stops the process (the supervisor restarts it), as a worker process would.
 */
async function runCaseWorker(
  connection: NativeConnection,
  options: { namespace: string; db: Database; logger: Logger; maxCachedWorkflows: number },
): Promise<{ stop(): Promise<void> }> {
  const workflowBundle = await bundleWorkflowCode({
    workflowsPath: WORKFLOWS_PATH,
    ...WORKFLOW_BUNDLER_OPTIONS,
  });
  const worker: Worker = await createCaseWorker({
    connection,
    taskQueue: TASK_QUEUE,
    workflowBundle,
    takesEagerStarts: true,
    ...options,
  });
  let stopping = false;
  const running = worker.run().catch((error: unknown) => {
    if (stopping) throw error;
    options.logger.fatal({ err: error }, 'the API’s case worker failed');
    process.exit(1);
  });
  options.logger.info({ taskQueue: TASK_QUEUE }, 'case worker running for eager starts');
  return {
    async stop() {
      stopping = true;
      worker.shutdown();
      await running;
    },
  };
}

main().catch((error: unknown) => {
  process.stderr.write(
    `api failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
