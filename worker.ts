/**
 * The worker process: runs case workflows and their activities. Deployed on its own; `npm start`
 * runs it beside the API. Stops cleanly on SIGINT/SIGTERM (in-flight tasks finish first).
 */
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from './activities';
import { loadConfigOrExit } from './config';
import { createLogger } from './config/logger';
import { connectDatabase } from './db/client';
import { applyMigrations } from './db/migrate';
import { TASK_QUEUE } from './workflows/contract';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config, 'worker');
  const database = connectDatabase(config.DATABASE_URL, {
    max: config.DATABASE_POOL_SIZE,
    applicationName: 'capacity-exit-worker',
  });
  await applyMigrations(database);

  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  try {
    const worker = await Worker.create({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: TASK_QUEUE,
      workflowsPath: require.resolve('./workflows'),
      activities: createActivities({ db: database.db, logger }),
    });
    logger.info({ taskQueue: TASK_QUEUE, temporal: config.TEMPORAL_ADDRESS }, 'worker running');
    await worker.run();
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
