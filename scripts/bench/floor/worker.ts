/**
 * The floor workflow's worker, a process of its own so that its CPU is its own (scripts/bench/cost.ts
 * starts it): the worker options worker.ts uses (the workflow cache capped at WORKER_MAX_CACHED_WORKFLOWS),
 * the floor workflow instead of the case. Writes BENCH_FLOOR_READY_FILE once it polls, and to
 * BENCH_FLOOR_COUNT_FILE how many local activities it has run, as they run; stops on SIGTERM.
 */
import { writeFileSync } from 'node:fs';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { loadConfig } from '../../../config';
import { FLOOR_TASK_QUEUE, createFloorActivities } from './activities';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (scripts/bench/cost.ts starts this process)`);
  return value;
}

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const countFile = required('BENCH_FLOOR_COUNT_FILE');
  let recorded = 0;
  let written = 0;
  const flush = () => {
    if (written === recorded) return;
    written = recorded;
    writeFileSync(countFile, String(recorded));
  };
  setInterval(flush, 100).unref();
  const connection = await NativeConnection.connect({ address: required('TEMPORAL_ADDRESS') });
  try {
    const worker = await Worker.create({
      connection,
      namespace: 'default',
      taskQueue: FLOOR_TASK_QUEUE,
      workflowsPath: require.resolve('./workflows'),
      activities: createFloorActivities(() => (recorded += 1)),
      maxCachedWorkflows: loadConfig(process.env).WORKER_MAX_CACHED_WORKFLOWS,
    });
    process.once('SIGTERM', () => worker.shutdown());
    const running = worker.run();
    writeFileSync(required('BENCH_FLOOR_READY_FILE'), String(process.pid));
    await running;
  } finally {
    flush();
    await connection.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench floor worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
