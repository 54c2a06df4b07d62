/**
 * The worker process: runs case workflows and their activities. Deployed on its own; `npm start`
 * runs it beside the API. Stops cleanly on SIGINT/SIGTERM (in-flight tasks finish first).
 */
import { NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';
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
import { createCaseWorker } from './workers/case-worker';
import { installSdkRuntime } from './workers/runtime';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config, 'worker');
  installSdkRuntime(logger, { prometheusAddress: config.METRICS_ADDRESS });
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
    const worker = await createCaseWorker({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: TASK_QUEUE,
      workflowBundle,
      db: database.db,
      logger,
      maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
    });
    // List snapshots on their own queue, so an on-demand one does not wait behind the cases' tasks.
    const snapshotQueue = listSnapshotTaskQueue(TASK_QUEUE);
    const snapshots = await Worker.create({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: snapshotQueue,
      workflowBundle,
      maxCachedWorkflows: 10,
      activities: createActivities({ db: database.db, logger }),
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

main().catch((error: unknown) => {
  process.stderr.write(
    `worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
