/**
 * The worker process: runs case workflows and their activities. Deployed on its own; `npm start`
 * runs it beside the API. Stops cleanly on SIGINT/SIGTERM (in-flight tasks finish first).
 */
import {
  DefaultLogger,
  NativeConnection,
  Runtime,
  Worker,
  bundleWorkflowCode,
  type LogLevel,
} from '@temporalio/worker';
import type { Logger } from 'pino';
import { createActivities } from './activities';
import { loadConfigOrExit } from './config';
import { createLogger } from './config/logger';
import { WORKFLOWS_PATH, WORKFLOW_BUNDLER_OPTIONS } from './config/workflow-bundle';
import { connectDatabase } from './db/client';
import { applyMigrations } from './db/migrate';
import { ensureBureauYearScheduleFor } from './schedules/bureau-years';
import { ensureListSnapshotScheduleFor } from './schedules/list-snapshots';
import { ensureSearchAttributes } from './schedules/search-attributes';
import { TASK_QUEUE } from './workflows/contract';
import { listSnapshotTaskQueue } from './workflows/list-snapshot-contract';
import { CASE_SEARCH_ATTRIBUTES } from './workflows/search-attributes';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config, 'worker');
  Runtime.install({
    logger: sdkLoggerFor(logger),
    // The SDK's own metrics (workflow and activity task latencies, schedule-to-start, sticky cache…).
    ...(config.METRICS_ADDRESS
      ? {
          telemetryOptions: {
            metrics: {
              prometheus: {
                bindAddress: config.METRICS_ADDRESS,
                countersTotalSuffix: true,
                unitSuffix: true,
                useSecondsForDurations: true,
              },
            },
          },
        }
      : {}),
  });
  const database = connectDatabase(config.DATABASE_URL, {
    max: config.DATABASE_POOL_SIZE,
    applicationName: 'capacity-exit-worker',
  });
  await applyMigrations(database);

  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  try {
    const registered = await ensureSearchAttributes(
      connection.operatorService,
      config.TEMPORAL_NAMESPACE,
      CASE_SEARCH_ATTRIBUTES,
    );
    if (registered.length > 0) logger.info({ registered }, 'registered the case search attributes');
    const workflowBundle = await bundleWorkflowCode({
      workflowsPath: WORKFLOWS_PATH,
      ...WORKFLOW_BUNDLER_OPTIONS,
    });
    const activities = createActivities({ db: database.db, logger });
    const worker = await Worker.create({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: TASK_QUEUE,
      workflowBundle,
      maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
      activities,
    });
    // List snapshots on their own queue, so an on-demand one does not wait behind the cases' tasks.
    const snapshotQueue = listSnapshotTaskQueue(TASK_QUEUE);
    const snapshots = await Worker.create({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: snapshotQueue,
      workflowBundle,
      maxCachedWorkflows: 10,
      activities,
    });
    await ensureListSnapshotScheduleFor(config, snapshotQueue, logger);
    await ensureBureauYearScheduleFor(config, TASK_QUEUE, logger);
    logger.info(
      { taskQueues: [TASK_QUEUE, snapshotQueue], temporal: config.TEMPORAL_ADDRESS },
      'worker running',
    );
    await Promise.all([worker.run(), snapshots.run()]);
    logger.info('worker stopped');
  } finally {
    await connection.close();
    await database.close();
  }
}

/** Routes the Temporal SDK's own log lines (worker state, bundling, workflow `log`) into pino. */
function sdkLoggerFor(logger: Logger): DefaultLogger {
  const levels: Record<string, LogLevel> = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO', warn: 'WARN' };
  const sdk = logger.child({ component: 'temporal-sdk' });
  return new DefaultLogger(levels[logger.level] ?? 'ERROR', ({ level, message, meta }) => {
    const method =
      level === 'TRACE'
        ? 'trace'
        : level === 'DEBUG'
          ? 'debug'
          : level === 'WARN'
            ? 'warn'
            : level === 'ERROR'
              ? 'error'
              : 'info';
    sdk[method](meta ?? {}, message);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
